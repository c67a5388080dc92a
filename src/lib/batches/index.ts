/**
 * Batches: runs of a course with their dates (content/batches/<id>.yaml).
 * This file: which batches are upcoming and in what order, each batch's first
 * and last day and its sessions; schedule.ts writes them as text for people,
 * calendar.ts as iCalendar files. Plain data in, so all of it is unit-tested;
 * src/lib/content/index.ts turns collection entries into `Batch` values.
 */
import { isoDay, minutesOf, nextDay, parseClockTime, weekdayOf, writtenDay, type ClockTime } from '../dates/index.ts';
import { weekdays, type BatchStatus, type TeachingMode, type Weekday } from '../content/fields.ts';

export interface BatchFee {
  amount: number;
  /** ISO 4217, e.g. "INR". */
  currency: string;
}

export interface Batch {
  id: string;
  /** The course's id (its file name). */
  course: string;
  /** Dates as written (midnight UTC): read their day with writtenDay(). */
  start: Date;
  end?: Date | undefined;
  days: readonly Weekday[];
  /** "18:00", local time in the institute's zone; both times or neither. */
  startTime?: string | undefined;
  endTime?: string | undefined;
  mode: TeachingMode;
  location?: string | undefined;
  seats?: number | undefined;
  fee?: BatchFee | undefined;
  status: BatchStatus;
}

/** Weekday names in `days` -> 0 (Sunday) to 6 (Saturday), as Date.getUTCDay() counts. */
const DAY_NUMBER: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** A batch is upcoming from the day it is written until its start day has passed in the institute's zone (`today` from isoDay()). */
export function isUpcoming(batch: Pick<Batch, 'start'>, today: string): boolean {
  return writtenDay(batch.start) >= today;
}

/** Soonest first; ties by course, then id, so lists never reshuffle between builds. */
export function bySoonest(a: Batch, b: Batch): number {
  return a.start.getTime() - b.start.getTime() || a.course.localeCompare(b.course) || a.id.localeCompare(b.id);
}

/** The batches starting on or after the build day (`now` read in the institute's zone), soonest first. */
export function upcomingBatches(batches: readonly Batch[], now: Date, timeZone?: string): Batch[] {
  const today = isoDay(now, timeZone);
  return batches.filter((b) => isUpcoming(b, today)).sort(bySoonest);
}

/** The start of the soonest batch one can still join (not cancelled), for course cards; batches must be upcoming already. */
export function nextStart(upcoming: readonly Batch[]): Date | undefined {
  return upcoming.filter((b) => b.status !== 'cancelled').sort(bySoonest)[0]?.start;
}

/** `days` in week order (Monday first), each once, whatever order the editor wrote them in. */
export function weekOrder(days: readonly Weekday[]): Weekday[] {
  return weekdays.filter((d) => days.includes(d));
}

export interface SessionTimes {
  start: ClockTime;
  end: ClockTime;
}

/** The class times, when both are set and the end is after the start. */
export function sessionTimes(batch: Pick<Batch, 'startTime' | 'endTime'>): SessionTimes | undefined {
  const start = parseClockTime(batch.startTime);
  const end = parseClockTime(batch.endTime);
  return start && end && minutesOf(end) > minutesOf(start) ? { start, end } : undefined;
}

/** The day of the first class: the start day, or the first day after it on which the class meets. */
export function firstSessionDay(batch: Pick<Batch, 'start' | 'days'>): string {
  let day = writtenDay(batch.start);
  const meets = new Set(batch.days.map((d) => DAY_NUMBER[d]));
  if (meets.size === 0) return day;
  while (!meets.has(weekdayOf(day))) day = nextDay(day);
  return day;
}

/** The last day of a batch: its `end`, or else the course's length in weeks counted from the start; unknown when neither is set. */
export function lastDay(batch: Pick<Batch, 'start' | 'end'>, courseWeeks: number | undefined): string | undefined {
  if (batch.end) return writtenDay(batch.end);
  if (courseWeeks === undefined) return undefined;
  let day = writtenDay(batch.start);
  for (let i = 1; i < Math.max(1, courseWeeks) * 7; i++) day = nextDay(day);
  return day;
}
