/** The key facts of a course as the course page, its card and article call-outs print them. */
import { formatWrittenDay } from '../dates/index.ts';
import type { TeachingMode } from './fields.ts';

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

export const MODE_LABELS: Record<TeachingMode, string> = { classroom: 'Classroom', online: 'Online (live)', hybrid: 'Hybrid: classroom and online' };

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function plural(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}

/** What the Duration fact says of a course whose length the office has not confirmed. */
export const DURATION_UNCONFIRMED = 'Ask the admissions team';

/** "16 weeks · 6 hours a week (96 hours)" */
export function formatDuration({ weeks, hoursPerWeek }: NonNullable<CourseFactsInput['duration']>): string {
  const total = Math.round(weeks * hoursPerWeek);
  return `${plural(weeks, 'week')} · ${plural(hoursPerWeek, 'hour')} a week (${plural(total, 'hour')})`;
}

/** "₹45,000" (Indian digit grouping), or "US$500" for a fee in another currency. */
export function formatFee(fee: { amount: number; currency: string }): string {
  return new Intl.NumberFormat('en-IN', { style: 'currency', currency: fee.currency, maximumFractionDigits: 0 }).format(fee.amount);
}

/** A course's `fee`, which is in rupees. */
export const formatInr = (amount: number) => formatFee({ amount, currency: 'INR' });

/** The key facts box of a course page, in reading order; optional facts only when set, except the duration, which readers always look for. */
export function courseFacts(course: CourseFactsInput, schedule: CourseSchedule = {}): Fact[] {
  const facts: Fact[] = [
    { label: 'Duration', value: course.duration ? formatDuration(course.duration) : DURATION_UNCONFIRMED },
    { label: 'Mode', value: MODE_LABELS[course.mode] },
    { label: 'Level', value: capitalise(course.level) },
  ];
  if (course.location) facts.push({ label: 'Location', value: course.location });
  if (schedule.nextStart) facts.push({ label: 'Next batch', value: formatWrittenDay(schedule.nextStart) });
  if (course.fee !== undefined) facts.push({ label: 'Fee', value: formatInr(course.fee) });
  return facts;
}
