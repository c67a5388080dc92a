/**
 * iCalendar files (RFC 5545) of batches, written by ical-generator: one event
 * per batch; with days and times set, the first class with the weekly classes
 * as a recurrence rule (RRULE FREQ=WEEKLY;BYDAY=…;UNTIL=…) on the clock of the
 * institute's zone (TZID, with its VTIMEZONE from timezones-ical-library);
 * otherwise an all-day event from the first day to the last. When the last day
 * is unknown (no `end`, and a course whose duration is not confirmed), the event
 * is the first class (or first day) alone: no calendar guesses an end. UIDs are
 * "<batch id>@<site host>", so a re-import updates the event instead of adding one.
 * ical-generator escapes text and folds long lines.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { formatWrittenDay, isoDay, nextDay } from '../dates/index.ts';
import type { Weekday } from '../content/fields.ts';
import { firstSessionDay, lastDay, sessionTimes, weekOrder, type Batch } from './index.ts';
import { datesText, scheduleText, STATUS_LABELS } from './schedule.ts';
import { MODE_LABELS } from '../content/course-facts.ts';

const BY_DAY: Record<Weekday, ICalWeekday> = {
  mon: ICalWeekday.MO,
  tue: ICalWeekday.TU,
  wed: ICalWeekday.WE,
  thu: ICalWeekday.TH,
  fri: ICalWeekday.FR,
  sat: ICalWeekday.SA,
  sun: ICalWeekday.SU,
};

/** What a batch's event says about its course. */
export interface CalendarCourse {
  title: string;
  /** Absolute URL of the course page. */
  url: string;
  /** The course's length, which bounds the weekly classes of a batch with no `end`; unset until the office confirms it. */
  weeks?: number | undefined;
}

export interface CalendarInput {
  /** The calendar's name in calendar apps, e.g. "VTechLabs: upcoming batches". */
  name: string;
  /** Absolute URL of the calendar file itself. */
  url: string;
  /** Host of the site ("www.vtechlabs.example"): the domain of every UID. */
  host: string;
  /** Institute name (PRODID, organiser line). */
  organisation: string;
  /** IANA zone the class times are written in ("Asia/Kolkata"). */
  timeZone: string;
  /** DTSTAMP: when this version of the file was made (the build day, so two builds on one day agree). */
  stamp: Date;
  /** Where a batch without `location` meets (classroom or hybrid), e.g. the institute's city. */
  defaultLocation: string;
  batches: readonly { batch: Batch; course: CalendarCourse }[];
}

/** The stable UID of a batch's event. */
export const batchUid = (batchId: string, host: string) => `${batchId}@${host}`;

/** "2027-01-04" at 18:00 on the clock of `timeZone`, as ical-generator reads a zoned date. */
function wallClock(day: string, hour: number, minute: number, timeZone: string): TZDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, hour, minute, timeZone);
}

function description(batch: Batch, course: CalendarCourse, organisation: string): string {
  const lines = [
    `${course.title} at ${organisation}.`,
    datesText(batch),
    scheduleText(batch),
    `Mode: ${MODE_LABELS[batch.mode]}`,
    batch.location ? `Location: ${batch.location}` : undefined,
    `Status: ${STATUS_LABELS[batch.status]}`,
    `Course details and enquiries: ${course.url}`,
  ];
  return lines.filter((l): l is string => l !== undefined).join('\n');
}

/** The iCalendar text of these batches (an empty calendar when there are none). */
export function batchesCalendar(input: CalendarInput): string {
  const calendar = ical({
    name: input.name,
    url: input.url,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: input.organisation, product: 'Batches', language: 'EN' },
    // The name stays null: DTSTAMP and UNTIL are then written in UTC, as RFC 5545 asks; each event carries its TZID.
    timezone: { name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null },
  });
  for (const { batch, course } of input.batches) {
    const first = firstSessionDay(batch);
    const last = lastDay(batch, course.weeks);
    const times = sessionTimes(batch);
    const common = {
      id: batchUid(batch.id, input.host),
      stamp: input.stamp,
      summary: `${course.title}: ${batch.status === 'cancelled' ? 'cancelled batch' : 'batch'} starting ${formatWrittenDay(batch.start)}`,
      description: description(batch, course, input.organisation),
      location: batch.mode === 'online' ? 'Online' : (batch.location ?? input.defaultLocation),
      url: course.url,
      status: batch.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    };
    if (times && batch.days.length > 0) {
      // The last class ends at the latest at the close of the last day, on the institute's clock; UNTIL is that instant in UTC.
      const until = last && wallClock(last, 23, 59, input.timeZone);
      calendar.createEvent({
        ...common,
        timezone: input.timeZone,
        start: wallClock(first, times.start.hour, times.start.minute, input.timeZone),
        end: wallClock(first, times.end.hour, times.end.minute, input.timeZone),
        ...(until
          ? { repeating: { freq: ICalEventRepeatingFreq.WEEKLY, byDay: weekOrder(batch.days).map((d) => BY_DAY[d]), until: new Date(until.getTime()) } }
          : {}),
      });
    } else {
      // An all-day event's end is the day after its last day (DTEND is exclusive).
      calendar.createEvent({ ...common, allDay: true, start: dayDate(first), end: dayDate(nextDay(last ?? first)) });
    }
  }
  return calendar.toString();
}

/** Midnight at the start of `now`'s day on the institute's clock: the DTSTAMP of a build. */
export function dayStart(now: Date, timeZone: string): Date {
  return new Date(wallClock(isoDay(now, timeZone), 0, 0, timeZone).getTime());
}

/** An ISO day for an all-day event: ical-generator writes the UTC day of a plain Date. */
const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);
