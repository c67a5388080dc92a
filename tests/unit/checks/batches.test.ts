import { describe, expect, it } from 'vitest';
import { checkBatches } from '../../../src/lib/checks/batches.ts';
import { checkDates } from '../../../src/lib/checks/dates.ts';
import { checkFields } from '../../../src/lib/checks/fields.ts';
import { batch, course, lines } from '../../support/content-files.ts';

const courses = [course('sql'), course('rest-api')];
const check = (...batches: ReturnType<typeof batch>[]) => lines(checkBatches([...courses, ...batches]));

describe('checkBatches', () => {
  it('accepts a complete batch, and one with only a course, a start and a mode', () => {
    expect(check(batch('ok'))).toEqual([]);
    expect(check(batch('minimal', { end: '', days: '', startTime: '', endTime: '' }))).toEqual([]);
  });

  it('names an unknown course and suggests the closest', () => {
    expect(check(batch('typo', { course: 'sqll' }))).toEqual(['content/batches/typo.yaml:1 – course "sqll" does not exist – did you mean "sql"?']);
    expect(check(batch('far', { course: 'cooking' }))).toEqual(['content/batches/far.yaml:1 – course "cooking" does not exist – use one of: sql, rest-api']);
  });

  it('flags an end before the start', () => {
    expect(check(batch('backwards', { end: '2027-01-01' }))).toEqual([
      'content/batches/backwards.yaml:3 – end 2027-01-01 is before start 2027-01-04 – set end to the day of the last class (on or after start), or remove it',
    ]);
  });

  it('flags times out of range, badly written or in the wrong order', () => {
    expect(check(batch('late', { startTime: '"25:00"' }))).toEqual([
      'content/batches/late.yaml:5 – startTime "25:00" is not a time of day (hours 00–23, minutes 00–59) – write the time 24-hour with two digits each, in quotes, e.g. startTime: "18:00" for 6 pm',
    ]);
    expect(check(batch('pm', { endTime: '"8pm"' }))).toEqual([
      'content/batches/pm.yaml:6 – endTime "8pm" is not written as HH:MM – write the time 24-hour with two digits each, in quotes, e.g. endTime: "18:00" for 6 pm',
    ]);
    expect(check(batch('order', { startTime: '"18:00"', endTime: '"08:00"' }))).toEqual([
      'content/batches/order.yaml:6 – endTime 08:00 is not after startTime 18:00 – write times 24-hour: 8 pm is "20:00"',
    ]);
    expect(check(batch('half', { endTime: '' }))).toEqual([
      'content/batches/half.yaml:5 – endTime is missing – give both startTime and endTime (e.g. "18:00" and "20:00"), or neither',
    ]);
    expect(check(batch('nodays', { days: '' }))).toEqual([
      'content/batches/nodays.yaml:4 – class times are set but no days – add the weekdays the class meets, e.g. days: [mon, wed, fri]',
    ]);
  });

  it('names a weekday it does not know, on the line of the list', () => {
    expect(check(batch('days', { days: '\n  - monday\n  - wed\n  - fryday' }))).toEqual([
      'content/batches/days.yaml:5 – "monday" is not a weekday – did you mean "mon"?',
      'content/batches/days.yaml:7 – "fryday" is not a weekday – did you mean "fri"?',
    ]);
  });

  it('names a mode or status it does not know', () => {
    expect(check(batch('m', { mode: 'onlin', status: 'closed' }))).toEqual([
      'content/batches/m.yaml:7 – mode "onlin" is not a mode of teaching – did you mean "online"?',
      'content/batches/m.yaml:8 – status "closed" is not a batch status – use one of: open, full, cancelled (or leave it out for open)',
    ]);
  });

  it('shares the date and field checks of every collection', () => {
    expect(lines(checkDates([batch('d', { start: '2027-02-30' })]))).toEqual([
      'content/batches/d.yaml:2 – start "2027-02-30" is not a valid date – write the date as YYYY-MM-DD, e.g. 2026-11-24',
    ]);
    expect(lines(checkFields([batch('f', { seat: '20', fee: '{ amount: 30000, curency: INR }' })]))).toEqual([
      'content/batches/f.yaml:8 – unknown field "seat" – did you mean "seats"?',
      'content/batches/f.yaml:9 – unknown field "curency" in fee – did you mean "currency"?',
    ]);
  });
});
