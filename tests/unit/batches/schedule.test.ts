import { describe, expect, it } from 'vitest';
import { datesText, daysText, scheduleText, timesText } from '../../../src/lib/batches/schedule.ts';

describe('schedule text', () => {
  it('names the days in week order', () => {
    expect(daysText(['fri', 'mon', 'wed'])).toBe('Mondays, Wednesdays and Fridays');
    expect(daysText(['sat'])).toBe('Saturdays');
    expect(daysText([])).toBeUndefined();
  });

  it('writes times on a 12-hour clock with the zone', () => {
    const start = new Date('2027-01-04');
    expect(timesText({ start, startTime: '18:00', endTime: '20:30' })).toBe('6:00 pm – 8:30 pm IST');
    // A zone with summer time is named as on the start day.
    expect(timesText({ start, startTime: '09:00', endTime: '11:00' }, 'Europe/London', 'en-GB')).toBe('9:00 am – 11:00 am GMT');
    expect(timesText({ start: new Date('2027-07-05'), startTime: '09:00', endTime: '11:00' }, 'Europe/London', 'en-GB')).toBe('9:00 am – 11:00 am BST');
    expect(timesText({ start })).toBeUndefined();
  });

  it('writes the dates as written, whatever the build machine zone', () => {
    expect(datesText({ start: new Date('2027-01-04'), end: new Date('2027-03-26') })).toBe('4 January 2027 – 26 March 2027');
    expect(datesText({ start: new Date('2027-01-04') })).toBe('From 4 January 2027');
  });

  it('joins days and times on one line', () => {
    const start = new Date('2027-01-04');
    expect(scheduleText({ start, days: ['mon', 'wed'], startTime: '18:00', endTime: '20:00' })).toBe('Mondays and Wednesdays, 6:00 pm – 8:00 pm IST');
    expect(scheduleText({ start, days: [] })).toBeUndefined();
  });
});
