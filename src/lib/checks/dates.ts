/** Dates editors write by hand: they must be real calendar days, written YYYY-MM-DD. */
import { dateFields } from '../content/fields.ts';
import { parseDate } from '../dates/index.ts';
import type { ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';

export function checkDates(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    for (const field of dateFields) {
      const value = file.data[field];
      // A value that is no text (a number, a list) is the schema check's to report (src/lib/checks/schema.ts).
      if (typeof value !== 'string' || parseDate(value) !== undefined) continue;
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
