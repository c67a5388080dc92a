/** The calendar files, read back with ical.js: a parser the site itself does not use. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { batchesCalendar, batchUid, dayStart, type CalendarCourse, type CalendarInput } from '../../../src/lib/batches/calendar.ts';
import type { Batch } from '../../../src/lib/batches/index.ts';

const course = { title: 'Backend Development, "Node"; APIs', url: 'https://example.test/courses/backend/', weeks: 12 };
const evening: Batch = {
  id: 'backend-2027-01',
  course: 'backend',
  // A Saturday: the first class is the Monday after.
  start: new Date('2027-01-02'),
  end: new Date('2027-03-26'),
  days: ['fri', 'mon', 'wed'],
  startTime: '18:00',
  endTime: '20:00',
  mode: 'classroom',
  location: 'Alkapuri, Vadodara',
  status: 'open',
};
const weekend: Batch = { id: 'backend-2027-02', course: 'backend', start: new Date('2027-02-06'), days: [], mode: 'online', status: 'cancelled' };

function calendar(batches: readonly Batch[], of: CalendarCourse = course): string {
  const input: CalendarInput = {
    name: 'VTechLabs: upcoming batches',
    url: 'https://example.test/batches.ics',
    host: 'example.test',
    organisation: 'VTechLabs',
    timeZone: 'Asia/Kolkata',
    stamp: dayStart(new Date('2026-12-01T10:00:00Z'), 'Asia/Kolkata'),
    defaultLocation: 'VTechLabs, Vadodara',
    batches: batches.map((batch) => ({ batch, course: of })),
  };
  return batchesCalendar(input);
}

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const zones = root.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { root, zones, events };
}

describe('batches calendar', () => {
  const text = calendar([evening, weekend]);
  const { root, zones, events } = parse(text);

  it('is an RFC 5545 calendar: CRLF lines of at most 75 octets, folded', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('carries the VTIMEZONE of Asia/Kolkata (UTC+5:30)', () => {
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Kolkata']);
    const start = events[0]!.startDate;
    expect(start.zone?.tzid).toBe('Asia/Kolkata');
    expect(start.toJSDate().toISOString()).toBe('2027-01-04T12:30:00.000Z');
  });

  it('gives each batch one event with a stable UID', () => {
    expect(events.map((e) => e.uid)).toEqual([batchUid(evening.id, 'example.test'), batchUid(weekend.id, 'example.test')]);
    expect(calendar([evening, weekend])).toBe(text);
  });

  it('repeats the classes weekly on their days until the last day, first class on the first listed weekday', () => {
    const event = events[0]!;
    expect(event.isRecurring()).toBe(true);
    const rule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.parts['BYDAY']).toEqual(['MO', 'WE', 'FR']);
    expect(event.startDate.toString()).toBe('2027-01-04T18:00:00');
    expect(event.endDate.toString()).toBe('2027-01-04T20:00:00');
    const iterator = event.iterator();
    const sessions: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) sessions.push(next.toString());
    expect(sessions.slice(0, 4)).toEqual(['2027-01-04T18:00:00', '2027-01-06T18:00:00', '2027-01-08T18:00:00', '2027-01-11T18:00:00']);
    // 12 weeks of Monday, Wednesday and Friday classes, the last on the end day.
    expect(sessions).toHaveLength(36);
    expect(sessions.at(-1)).toBe('2027-03-26T18:00:00');
  });

  it('escapes text: commas, semicolons and quotes come back as written', () => {
    const event = events[0]!;
    expect(event.summary).toBe(`${course.title}: batch starting 2 January 2027`);
    expect(event.location).toBe('Alkapuri, Vadodara');
    expect(event.description).toContain('Mondays, Wednesdays and Fridays, 6:00 pm – 8:00 pm IST');
    expect(event.description).toContain(course.url);
  });

  it('without class times, a batch is an all-day event over the course length; a cancelled one says so', () => {
    const event = events[1]!;
    expect(event.isRecurring()).toBe(false);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-02-06');
    // DTEND is exclusive: 12 weeks from 6 February end on 30 April, so the event ends on 1 May.
    expect(event.endDate.toString()).toBe('2027-05-01');
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.location).toBe('Online');
  });

  it('with no end and a course of unconfirmed length, is the first class alone: no end is guessed', () => {
    const unconfirmed = { title: course.title, url: course.url };
    const { end: _end, ...open } = evening;
    const [timed] = parse(calendar([open], unconfirmed)).events;
    expect(timed?.isRecurring()).toBe(false);
    expect(timed?.startDate.toString()).toBe('2027-01-04T18:00:00');
    expect(timed?.endDate.toString()).toBe('2027-01-04T20:00:00');
    expect(timed?.description).toContain('Mondays, Wednesdays and Fridays');
    const [allDay] = parse(calendar([weekend], unconfirmed)).events;
    expect(allDay?.startDate.toString()).toBe('2027-02-06');
    expect(allDay?.endDate.toString()).toBe('2027-02-07');
  });

  it('is a valid, empty calendar when no batch is announced', () => {
    const empty = parse(calendar([]));
    expect(empty.events).toEqual([]);
    expect(empty.root.name).toBe('vcalendar');
  });

  it('stamps the file with the start of the build day in India', () => {
    expect(dayStart(new Date('2026-12-01T20:00:00Z'), 'Asia/Kolkata').toISOString()).toBe('2026-12-01T18:30:00.000Z');
  });
});
