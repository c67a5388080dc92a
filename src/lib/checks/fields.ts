/** Unknown frontmatter fields: usually typos, so the closest known name is suggested. */
import { closest } from './edit-distance.ts';
import { fieldsOf, nestedFields } from '../content/fields.ts';
import type { ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';

function unknownKey(file: ContentFile, key: string, known: readonly string[], line: number, where: string): Problem {
  const suggestion = closest(key, known);
  return {
    path: file.path,
    line,
    message: `unknown field "${key}"${where}`,
    fix: suggestion ? `did you mean "${suggestion}"?` : `remove it, or use one of: ${known.join(', ')}`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function checkFields(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const known: readonly string[] = fieldsOf[file.collection];
    for (const [key, value] of Object.entries(file.data)) {
      if (!known.includes(key)) {
        problems.push(unknownKey(file, key, known, file.lineOf(key), ''));
        continue;
      }
      const nested = nestedFields[key];
      if (!nested) continue;
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item: unknown, index) => {
        if (!isRecord(item)) return;
        for (const inner of Object.keys(item)) {
          // The line of the mistyped key itself, inside its object.
          const line = file.lineAt(Array.isArray(value) ? [key, index, inner] : [key, inner]);
          if (!nested.includes(inner)) problems.push(unknownKey(file, inner, nested, line, ` in ${key}`));
        }
      });
    }
  }
  return problems;
}
