import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  formatClockTime,
  formatDate,
  formatWrittenDay,
  isoDateTime,
  isoDay,
  lastChanged,
  minutesOf,
  nextDay,
  parseClockTime,
  parseDate,
  wasUpdated,
  weekdayOf,
  writtenDay,
} from '../../../src/lib/dates/index.ts';

describe('dates in the institute time zone (Asia/Kolkata)', () => {
  // 20:00 UTC on the 23rd is 01:30 on the 24th in India.
  const lateUtc = new Date('2026-11-23T20:00:00Z');

  it('formats the Indian calendar day, whatever the build machine zone', () => {
    expect(formatDate(lateUtc)).toBe('24 November 2026');
    expect(isoDay(lateUtc)).toBe('2026-11-24');
  });

  it('calendarYear turns at midnight in India, not in UTC', () => {
    expect(calendarYear(new Date('2026-12-31T18:29:59Z'))).toBe(2026);
    expect(calendarYear(new Date('2026-12-31T18:30:00Z'))).toBe(2027);
  });

  it('keeps each zone and locale apart when formatters are reused', () => {
    expect(isoDay(lateUtc, 'UTC')).toBe('2026-11-23');
    expect(isoDay(lateUtc)).toBe('2026-11-24');
    expect(formatDate(lateUtc, 'en-US', 'UTC')).toBe('November 23, 2026');
    expect(formatDate(lateUtc)).toBe('24 November 2026');
  });

  it('lastChanged prefers a later updated date', () => {
    const pub = new Date('2026-01-01');
    expect(lastChanged(pub)).toBe(pub);
    expect(lastChanged(pub, new Date('2026-02-01'))).toEqual(new Date('2026-02-01'));
    expect(lastChanged(pub, new Date('2025-12-01'))).toBe(pub);
  });

  it('wasUpdated only when the update falls on a later day', () => {
    const pub = new Date('2026-01-01T04:00:00Z');
    expect(wasUpdated(pub)).toBe(false);
    expect(wasUpdated(pub, new Date('2026-01-01T10:00:00Z'))).toBe(false);
    expect(wasUpdated(pub, new Date('2026-01-05'))).toBe(true);
  });
});

describe('isoDateTime', () => {
  const instant = new Date('2026-11-23T20:15:07Z');

  it('writes the instant as wall-clock time in the institute time zone with its offset', () => {
    expect(isoDateTime(instant)).toBe('2026-11-24T01:45:07+05:30');
  });

  it('handles UTC and zones behind it', () => {
    expect(isoDateTime(instant, 'UTC')).toBe('2026-11-23T20:15:07+00:00');
    expect(isoDateTime(instant, 'America/New_York')).toBe('2026-11-23T15:15:07-05:00');
  });

  it('names the same instant it was given', () => {
    expect(new Date(isoDateTime(instant)).getTime()).toBe(instant.getTime());
  });
});

describe('parseDate', () => {
  it('reads YYYY-MM-DD and ISO date-times', () => {
    expect(parseDate('2026-11-24')?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(parseDate('2026-11-24T10:30:00+05:30')?.toISOString()).toBe('2026-11-24T05:00:00.000Z');
  });

  it('rejects days that do not exist and other formats', () => {
    for (const value of ['2026-02-30', '2026-13-01', '24/11/2026', 'November 24, 2026', 2026, '']) expect(parseDate(value), String(value)).toBeUndefined();
  });
});

describe('days written without a time (batch dates)', () => {
  it('keep the day they name, in any zone', () => {
    const start = parseDate('2027-01-04')!;
    expect(writtenDay(start)).toBe('2027-01-04');
    expect(formatWrittenDay(start)).toBe('4 January 2027');
    expect(formatWrittenDay(start, 'en-US')).toBe('January 4, 2027');
  });

  it('count days and weekdays across months', () => {
    expect(nextDay('2027-01-31')).toBe('2027-02-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(weekdayOf('2027-01-04')).toBe(1);
    expect(weekdayOf('2027-01-03')).toBe(0);
  });
});

describe('clock times', () => {
  it('parses 24-hour HH:MM and nothing else', () => {
    expect(parseClockTime('18:00')).toEqual({ hour: 18, minute: 0 });
    expect(parseClockTime('00:00')).toEqual({ hour: 0, minute: 0 });
    expect(parseClockTime('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['24:00', '18:60', '6:00', '6 pm', '1800', 1080, undefined]) expect(parseClockTime(bad), String(bad)).toBeUndefined();
    expect(minutesOf({ hour: 18, minute: 30 })).toBe(1110);
  });

  it('formats a time as it is said in India', () => {
    expect(formatClockTime({ hour: 18, minute: 0 })).toBe('6:00 pm');
    expect(formatClockTime({ hour: 9, minute: 30 })).toBe('9:30 am');
    expect(formatClockTime({ hour: 0, minute: 15 })).toBe('12:15 am');
  });
});
