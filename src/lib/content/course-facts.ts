/** The key facts of a course as the course page, its card and article call-outs print them. */
import { formatWrittenDay } from '../dates/index.ts';
import type { TeachingMode } from './fields.ts';
import { en, type Dictionary } from '../i18n/dictionary/en.ts';

/** The words the facts are printed with, and the locale of their dates: a language's dictionary (English by default). */
export interface FactWords {
  words: Dictionary['course'];
  locale: string;
}
const english: FactWords = { words: en.course, locale: 'en-IN' };

export interface CourseFactsInput {
  level: 'beginner' | 'intermediate' | 'advanced';
  /** Left out until the office confirms it: pages then send readers to the admissions team. */
  duration?: { weeks: number; hoursPerWeek: number } | undefined;
  mode: TeachingMode;
  location?: string | undefined;
  fee?: number | undefined;
}

/** What a course page knows besides its frontmatter: the start of its next batch (src/lib/batches), if one is announced. */
export interface CourseSchedule {
  nextStart?: Date | undefined;
}

export interface Fact {
  label: string;
  value: string;
}

export const MODE_LABELS: Record<TeachingMode, string> = en.course.modes;

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}


/** "16 weeks · 6 hours a week (96 hours)" */
export function formatDuration({ weeks, hoursPerWeek }: NonNullable<CourseFactsInput['duration']>, words = english.words): string {
  return words.duration(weeks, hoursPerWeek, Math.round(weeks * hoursPerWeek));
}

/** "₹45,000" (Indian digit grouping), or "US$500" for a fee in another currency. */
export function formatFee(fee: { amount: number; currency: string }): string {
  return new Intl.NumberFormat('en-IN', { style: 'currency', currency: fee.currency, maximumFractionDigits: 0 }).format(fee.amount);
}

/** A course's `fee`, which is in rupees. */
export const formatInr = (amount: number) => formatFee({ amount, currency: 'INR' });

/** The key facts box of a course page, in reading order; optional facts only when set, except the duration, which readers always look for. */
export function courseFacts(course: CourseFactsInput, schedule: CourseSchedule = {}, { words, locale }: FactWords = english): Fact[] {
  const label = words.facts;
  const facts: Fact[] = [
    { label: label.duration, value: course.duration ? formatDuration(course.duration, words) : words.durationUnconfirmed },
    { label: label.mode, value: words.modes[course.mode] },
    { label: label.level, value: words.levels[course.level] },
  ];
  if (course.location) facts.push({ label: label.location, value: course.location });
  if (schedule.nextStart) facts.push({ label: label.nextBatch, value: formatWrittenDay(schedule.nextStart, locale) });
  if (course.fee !== undefined) facts.push({ label: label.fee, value: formatInr(course.fee) });
  return facts;
}
