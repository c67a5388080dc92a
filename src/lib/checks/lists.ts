/** The same item twice in a list field (a tag, a related course, an outcome, an FAQ entry): a copy-and-paste slip. */
import type { ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';

export function checkLists(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    for (const [field, value] of Object.entries(file.data)) {
      if (!Array.isArray(value)) continue;
      const seen = new Map<string, number>();
      value.forEach((item: unknown, index) => {
        const key = JSON.stringify(item) ?? '';
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
          return;
        }
        const what = typeof item === 'string' ? `"${item}"` : 'the same item';
        problems.push({
          path: file.path,
          line: file.lineOf(field, index),
          message: `${field} lists ${what} twice (items ${first + 1} and ${index + 1})`,
          fix: 'remove one of them',
        });
      });
    }
  }
  return problems;
}
