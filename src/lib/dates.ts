import { site } from '../site.config.ts';

/** "24 November 2026", in the institute's time zone so a build abroad shows the same day. */
export function formatDate(date: Date, locale = site.locale, timeZone = site.timeZone): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

/** "2026-11-24": the calendar day in the institute's time zone, for <time datetime>. */
export function isoDay(date: Date, timeZone = site.timeZone): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}

/** The later of a published and an optional updated date: when the page last changed. */
export function lastChanged(pubDate: Date, updatedDate?: Date): Date {
  return updatedDate && updatedDate > pubDate ? updatedDate : pubDate;
}

/** True when an updated date is set and falls on a later day than publication. */
export function wasUpdated(pubDate: Date, updatedDate?: Date): updatedDate is Date {
  return updatedDate !== undefined && isoDay(updatedDate) > isoDay(pubDate);
}
