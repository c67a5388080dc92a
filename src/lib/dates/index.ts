/** Dates: the one parser of dates editors write, and every format the site prints them in (in the institute's time zone). */
import { site } from '../../site.config.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The date a frontmatter value stands for, or undefined when it is not a real date. */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // new Date() rolls 2026-02-30 over to March; a real day survives the round trip.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Building an Intl.DateTimeFormat costs far more than formatting with one, and
 * every page prints several dates (a list page dozens): one formatter per
 * pattern, locale and zone is built once and reused.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) formatters.set(key, (cached = new Intl.DateTimeFormat(locale, options)));
  return cached;
}

/** "24 November 2026", in the institute's time zone so a build abroad shows the same day. */
export function formatDate(date: Date, locale = site.locale, timeZone = site.timeZone): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

/** "2026-11-24": the calendar day in the institute's time zone, for <time datetime>. */
export function isoDay(date: Date, timeZone = site.timeZone): string {
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}

/** The calendar year in the institute's time zone (the footer's copyright year): 31 December 20:00 UTC is already next year in India. */
export function calendarYear(date: Date, timeZone = site.timeZone): number {
  return Number(isoDay(date, timeZone).slice(0, 4));
}

/** The later of a published and an optional updated date: when the page last changed. */
export function lastChanged(pubDate: Date, updatedDate?: Date): Date {
  return updatedDate && updatedDate > pubDate ? updatedDate : pubDate;
}

/** True when an updated date is set and falls on a later day than publication. */
export function wasUpdated(pubDate: Date, updatedDate?: Date): updatedDate is Date {
  return updatedDate !== undefined && isoDay(updatedDate) > isoDay(pubDate);
}

/**
 * "2026-11-24T05:30:00+05:30": the instant as wall-clock time in the
 * institute's time zone, with its UTC offset, for structured data, Open Graph
 * and the sitemap (a bare day or a "Z" time would hide the zone readers live in).
 */
export function isoDateTime(date: Date, timeZone = site.timeZone): string {
  const format = formatter('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  const part = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  // longOffset is "GMT+05:30", or plain "GMT" for UTC itself.
  const offset = part['timeZoneName'] === 'GMT' ? '+00:00' : String(part['timeZoneName']).slice(3);
  return `${part['year']}-${part['month']}-${part['day']}T${part['hour']}:${part['minute']}:${part['second']}${offset}`;
}

/**
 * "2027-01-04": the day a date written without a time stands for. Such a
 * date (a batch's `start`) is parsed as midnight UTC, so its day is read in
 * UTC, never shifted by a zone.
 */
export function writtenDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "4 January 2027": a date written without a time (see writtenDay), formatted on its own day in any zone. */
export function formatWrittenDay(date: Date, locale = site.locale): string {
  return formatDate(date, locale, 'UTC');
}

/** The day after an ISO day: "2027-01-31" -> "2027-02-01". */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return writtenDay(date);
}

/** 0 (Sunday) to 6 (Saturday): the weekday of an ISO day. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export interface ClockTime {
  hour: number;
  minute: number;
}

const CLOCK_TIME = /^(\d{2}):(\d{2})$/;

/** A wall-clock time written "18:00" (24-hour, two digits each), or undefined when it is not a real time of day. */
export function parseClockTime(value: unknown): ClockTime | undefined {
  if (typeof value !== 'string') return undefined;
  const m = CLOCK_TIME.exec(value.trim());
  if (!m) return undefined;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

/** Minutes since midnight, to compare two clock times. */
export const minutesOf = (t: ClockTime) => t.hour * 60 + t.minute;

/** "6:00 pm": how a class time is written in India. */
export function formatClockTime(time: ClockTime, locale = site.locale): string {
  // A UTC instant formatted in UTC: the wall-clock time itself, in any build zone.
  return formatter(locale, { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' }).format(
    new Date(Date.UTC(1970, 0, 1, time.hour, time.minute)),
  );
}
