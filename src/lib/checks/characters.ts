/**
 * Characters that cannot be published as written: invisible control
 * characters (pasted from other programs; a page with one is not valid HTML)
 * and "�", which stands for text already lost in a bad conversion.
 */
import type { ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const REPLACEMENT = '\uFFFD';

function problemIn(text: string, file: ContentFile): Omit<Problem, 'path' | 'line'> | undefined {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      message: `an invisible control character (U+${code}) is in the text`,
      fix: 'delete it: retype the text around it, or paste it again as plain text',
    };
  }
  // A file that is not UTF-8 already has a problem on that line (src/lib/checks/readable.ts): its "�" come from there.
  if (text.includes(REPLACEMENT) && !file.faults.some((f) => f.kind === 'not-utf8')) {
    return { message: 'the text contains "�", which stands for characters lost when it was copied or converted', fix: 'retype the characters it replaced' };
  }
  return undefined;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(strings);
  return [];
}

export function checkCharacters(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    for (const [field, value] of Object.entries(file.data)) {
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item: unknown, index) => {
        const found = strings(item)
          .map((s) => problemIn(s, file))
          .find(Boolean);
        if (found) problems.push({ path: file.path, line: file.lineOf(field, Array.isArray(value) ? index : undefined), ...found });
      });
    }
    file.body.split('\n').forEach((line, index) => {
      const found = problemIn(line, file);
      if (found) problems.push({ path: file.path, line: file.bodyStartLine + index, ...found });
    });
  }
  return problems;
}
