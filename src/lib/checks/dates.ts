/** Dates editors write by hand: they must be real calendar days, written YYYY-MM-DD. */
import { dateFields } from '../content/fields.ts';
import type { ContentFile, Problem } from './problems.ts';

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

export function checkDates(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    for (const field of dateFields) {
      const value = file.data[field];
      if (value === undefined || value === null || parseDate(value) !== undefined) continue;
      problems.push({
        path: file.path,
        line: file.lineOf(field),
        message: `${field} "${String(value)}" is not a valid date`,
        fix: 'write the date as YYYY-MM-DD, e.g. 2026-11-24',
      });
    }
    const published = parseDate(file.data['pubDate']);
    const updated = parseDate(file.data['updatedDate']);
    if (published && updated && updated < published) {
      problems.push({
        path: file.path,
        line: file.lineOf('updatedDate'),
        message: 'updatedDate is before pubDate',
        fix: 'set updatedDate to the day of the last real change (on or after pubDate), or remove it',
      });
    }
  }
  return problems;
}
