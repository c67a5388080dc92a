/**
 * Batch files (content/batches/<id>.yaml): the course exists, the dates and
 * times make sense, and the weekdays, mode and status are ones the site knows.
 * Dates that are not real days are checkDates' to report.
 */
import { batchStatuses, teachingModes, weekdays } from '../content/fields.ts';
import type { ContentFile } from '../content/files.ts';
import { minutesOf, parseClockTime, parseDate, writtenDay } from '../dates/index.ts';
import { closest } from './edit-distance.ts';
import type { Problem } from './problems.ts';

const quoteList = (values: readonly string[]) => values.join(', ');

const FULL_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "Wednesday", "WED", "weds" -> "wed" (the first three letters name the day); "fryday" -> "fri" (a typo of a full name). */
function weekdayHint(value: string): string | undefined {
  const short = value.trim().toLowerCase().slice(0, 3);
  if ((weekdays as readonly string[]).includes(short)) return short;
  return closest(value, weekdays) ?? closest(value, FULL_NAMES)?.slice(0, 3);
}

function timeProblem(file: ContentFile, field: 'startTime' | 'endTime'): Problem | undefined {
  const value: unknown = file.data[field];
  if (value === undefined || value === null || parseClockTime(value) !== undefined) return undefined;
  const written = String(value);
  const looksLikeTime = /^\d{1,2}:\d{2}$/.test(written.trim());
  return {
    path: file.path,
    line: file.lineOf(field),
    message: looksLikeTime ? `${field} "${written}" is not a time of day (hours 00–23, minutes 00–59)` : `${field} "${written}" is not written as HH:MM`,
    fix:
      typeof value === 'number'
        ? `put the time in quotes, 24-hour: ${field}: "18:00"`
        : `write the time 24-hour with two digits each, in quotes, e.g. ${field}: "18:00" for 6 pm`,
  };
}

export function checkBatches(files: readonly ContentFile[]): Problem[] {
  const courses = files.filter((f) => f.collection === 'courses').map((f) => f.id);
  const problems: Problem[] = [];
  for (const file of files.filter((f) => f.collection === 'batches')) {
    const problem = (field: string, message: string, fix: string, index?: number) =>
      problems.push({ path: file.path, line: file.lineOf(field, index), message, fix });
    const { course, days, mode, status } = file.data;

    if (course === undefined)
      problem('course', 'the batch names no course', `add course: <the course's file name without .mdx>; courses: ${quoteList(courses)}`);
    else if (typeof course !== 'string' || !courses.includes(course)) {
      const suggestion = closest(String(course), courses);
      problem(
        'course',
        `course "${String(course)}" does not exist`,
        suggestion ? `did you mean "${suggestion}"?` : `use one of: ${quoteList(courses) || '(no courses yet)'}`,
      );
    }

    const start = parseDate(file.data['start']);
    const end = parseDate(file.data['end']);
    if (file.data['start'] === undefined) problem('start', 'the batch has no start date', 'add start: YYYY-MM-DD, the day of the first class');
    if (start && end && writtenDay(end) < writtenDay(start)) {
      problem('end', `end ${writtenDay(end)} is before start ${writtenDay(start)}`, 'set end to the day of the last class (on or after start), or remove it');
    }

    if (days !== undefined && !Array.isArray(days)) problem('days', 'days is not a list', 'write the weekdays as a list, e.g. days: [mon, wed, fri]');
    if (Array.isArray(days)) {
      days.forEach((day: unknown, index) => {
        if (typeof day === 'string' && (weekdays as readonly string[]).includes(day)) return;
        const hint = typeof day === 'string' ? weekdayHint(day) : undefined;
        problem('days', `"${String(day)}" is not a weekday`, hint ? `did you mean "${hint}"?` : `use ${quoteList(weekdays)}`, index);
      });
    }

    const timeProblems = [timeProblem(file, 'startTime'), timeProblem(file, 'endTime')].filter((p): p is Problem => p !== undefined);
    problems.push(...timeProblems);
    const startTime = parseClockTime(file.data['startTime']);
    const endTime = parseClockTime(file.data['endTime']);
    const hasStart = file.data['startTime'] !== undefined;
    const hasEnd = file.data['endTime'] !== undefined;
    if (hasStart !== hasEnd) {
      const missing = hasStart ? 'endTime' : 'startTime';
      problem(hasStart ? 'startTime' : 'endTime', `${missing} is missing`, `give both startTime and endTime (e.g. "18:00" and "20:00"), or neither`);
    } else if (startTime && endTime && minutesOf(endTime) <= minutesOf(startTime)) {
      problem(
        'endTime',
        `endTime ${String(file.data['endTime'])} is not after startTime ${String(file.data['startTime'])}`,
        'write times 24-hour: 8 pm is "20:00"',
      );
    }
    if (hasStart && (days === undefined || (Array.isArray(days) && days.length === 0))) {
      problem('startTime', 'class times are set but no days', 'add the weekdays the class meets, e.g. days: [mon, wed, fri]');
    }

    if (mode === undefined) problem('mode', 'the batch has no mode', `add mode: ${quoteList(teachingModes)}`);
    else if (typeof mode !== 'string' || !(teachingModes as readonly string[]).includes(mode)) {
      const hint = closest(String(mode), teachingModes);
      problem('mode', `mode "${String(mode)}" is not a mode of teaching`, hint ? `did you mean "${hint}"?` : `use one of: ${quoteList(teachingModes)}`);
    }
    if (status !== undefined && (typeof status !== 'string' || !(batchStatuses as readonly string[]).includes(status))) {
      const hint = closest(String(status), batchStatuses);
      problem(
        'status',
        `status "${String(status)}" is not a batch status`,
        hint ? `did you mean "${hint}"?` : `use one of: ${quoteList(batchStatuses)} (or leave it out for open)`,
      );
    }
  }
  return problems;
}
