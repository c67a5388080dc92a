import { describe, expect, it } from 'vitest';
import { firstSessionDay, isUpcoming, lastDay, nextStart, sessionTimes, upcomingBatches, weekOrder, type Batch } from '../../../src/lib/batches/index.ts';

const batch = (id: string, start: string, extra: Partial<Batch> = {}): Batch => ({
  id,
  course: 'sql',
  start: new Date(start),
  days: [],
  mode: 'classroom',
  status: 'open',
  ...extra,
});

describe('upcoming batches', () => {
  it('a batch is upcoming through its start day in India, and gone the day after', () => {
    const jan4 = batch('a', '2027-01-04');
    // 2027-01-03 20:00 UTC is already 4 January (01:30) in India.
    expect(upcomingBatches([jan4], new Date('2027-01-03T20:00:00Z'))).toEqual([jan4]);
    expect(upcomingBatches([jan4], new Date('2027-01-04T18:29:00Z'))).toEqual([jan4]);
    // 18:30 UTC on the 4th is midnight of the 5th in India.
    expect(upcomingBatches([jan4], new Date('2027-01-04T18:30:00Z'))).toEqual([]);
    expect(isUpcoming(jan4, '2027-01-04')).toBe(true);
    expect(isUpcoming(jan4, '2027-01-05')).toBe(false);
  });

  it('lists the soonest first, ties by course and id', () => {
    const later = batch('later', '2027-03-01');
    const soon = batch('soon', '2027-01-04');
    const sameDayOther = batch('b', '2027-01-04', { course: 'api' });
    expect(upcomingBatches([later, soon, sameDayOther], new Date('2026-12-01T00:00:00Z')).map((b) => b.id)).toEqual(['b', 'soon', 'later']);
  });

  it('the next start skips cancelled batches and is undefined without batches', () => {
    const cancelled = batch('x', '2027-01-04', { status: 'cancelled' });
    const full = batch('y', '2027-02-01', { status: 'full' });
    expect(nextStart([cancelled, full])).toEqual(full.start);
    expect(nextStart([cancelled])).toBeUndefined();
    expect(nextStart([])).toBeUndefined();
  });
});

describe('sessions', () => {
  it('puts days in week order, once each', () => {
    expect(weekOrder(['fri', 'mon', 'wed', 'mon'])).toEqual(['mon', 'wed', 'fri']);
  });

  it('reads both times, or none', () => {
    expect(sessionTimes({ startTime: '18:00', endTime: '20:30' })).toEqual({ start: { hour: 18, minute: 0 }, end: { hour: 20, minute: 30 } });
    expect(sessionTimes({ startTime: '18:00' })).toBeUndefined();
    expect(sessionTimes({ startTime: '20:00', endTime: '18:00' })).toBeUndefined();
  });

  it('the first class is on the first listed weekday on or after the start', () => {
    // 2027-01-02 is a Saturday.
    expect(firstSessionDay(batch('a', '2027-01-02', { days: ['mon', 'wed'] }))).toBe('2027-01-04');
    expect(firstSessionDay(batch('a', '2027-01-06', { days: ['mon', 'wed'] }))).toBe('2027-01-06');
    expect(firstSessionDay(batch('a', '2027-01-02'))).toBe('2027-01-02');
  });

  it('the last day is the end, or the course length from the start', () => {
    expect(lastDay(batch('a', '2027-01-04', { end: new Date('2027-03-26') }), 12)).toBe('2027-03-26');
    expect(lastDay(batch('a', '2027-01-04'), 2)).toBe('2027-01-17');
    // No end and a course length the office has not confirmed: unknown, not guessed.
    expect(lastDay(batch('a', '2027-01-04'), undefined)).toBeUndefined();
  });
});
