/** Titles and search-result snippets of the length search engines show in full. */
import { snippetLength, titleLength } from '../content/fields.ts';
import type { ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';

const LIMITS = [
  { collection: 'articles', field: 'description', ...snippetLength, why: 'search results show' },
  { collection: 'courses', field: 'summary', ...snippetLength, why: 'search results show' },
  { collection: 'articles', field: 'title', ...titleLength, why: 'titles are' },
  { collection: 'courses', field: 'title', ...titleLength, why: 'titles are' },
  { collection: 'paths', field: 'description', ...snippetLength, why: 'search results show' },
  { collection: 'paths', field: 'title', ...titleLength, why: 'titles are' },
] as const;

export function checkLengths(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    for (const limit of LIMITS.filter((l) => l.collection === file.collection)) {
      const value = file.data[limit.field];
      if (typeof value !== 'string') continue;
      const length = value.trim().length;
      if (length >= limit.min && length <= limit.max) continue;
      const tooShort = length < limit.min;
      problems.push({
        path: file.path,
        line: file.lineOf(limit.field),
        message: `${limit.field} is ${tooShort ? 'too short' : 'too long'}: ${length} ${length === 1 ? 'character' : 'characters'} (${limit.why} ${limit.min}–${limit.max})`,
        fix: tooShort ? `add at least ${limit.min - length} more characters` : `cut at least ${length - limit.max} characters`,
      });
    }
  }
  return problems;
}
