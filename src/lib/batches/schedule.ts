/** A batch's dates, days and times as people read them on the course page, in structured data and in calendar descriptions. */
import { formatClockTime, formatWrittenDay } from '../dates/index.ts';
import type { BatchStatus, Weekday } from '../content/fields.ts';
import { sessionTimes, weekOrder, type Batch } from './index.ts';
import { site } from '../../site.config.ts';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** schema.org's DayOfWeek members, for a Schedule's byDay. */
export const schemaDay = (day: Weekday) => `https://schema.org/${DAY_NAMES[day]}` as const;

export const STATUS_LABELS: Record<BatchStatus, string> = { open: 'Open for enrolment', full: 'Full', cancelled: 'Cancelled' };

/** "Mondays, Wednesdays and Fridays" */
export function daysText(days: readonly Weekday[]): string | undefined {
  const names = weekOrder(days).map((d) => `${DAY_NAMES[d]}s`);
  if (names.length === 0) return undefined;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "IST": the zone's short name on a day (summer time changes it elsewhere), so a reader abroad knows whose clock the times are on. */
function zoneName(timeZone: string, locale: string, day: Date): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(day);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** "6:00 pm – 8:00 pm IST" (the zone named as on the start day) */
export function timesText(batch: Pick<Batch, 'startTime' | 'endTime' | 'start'>, timeZone = site.timeZone, locale = site.locale): string | undefined {
  const times = sessionTimes(batch);
  if (!times) return undefined;
  return `${formatClockTime(times.start, locale)} – ${formatClockTime(times.end, locale)} ${zoneName(timeZone, locale, batch.start)}`;
}

/** "4 January 2027 – 29 March 2027", or the start alone when no end is set. */
export function datesText(batch: Pick<Batch, 'start' | 'end'>): string {
  return batch.end ? `${formatWrittenDay(batch.start)} – ${formatWrittenDay(batch.end)}` : `From ${formatWrittenDay(batch.start)}`;
}

/** "Mondays, Wednesdays and Fridays, 6:00 pm – 8:00 pm IST": the whole weekly schedule on one line. */
export function scheduleText(batch: Pick<Batch, 'days' | 'startTime' | 'endTime' | 'start'>): string | undefined {
  const parts = [daysText(batch.days), timesText(batch)].filter((p): p is string => p !== undefined);
  return parts.length ? parts.join(', ') : undefined;
}
