/** "TODO" left in an entry that is not a draft would be published as is. */
import { isPageEntry, type ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';
import { maskCode } from './markdown-scan.ts';

const MARKER = /\bTODO\b/;

export function checkUnfinished(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files.filter((f) => isPageEntry(f) && f.data['draft'] !== true)) {
    const lines = maskCode(file.body).split('\n');
    const bodyLine = lines.findIndex((l) => MARKER.test(l));
    const field = Object.keys(file.data).find((k) => MARKER.test(JSON.stringify(file.data[k]) ?? ''));
    const line = field !== undefined ? file.lineOf(field) : bodyLine >= 0 ? file.bodyStartLine + bodyLine : undefined;
    if (line === undefined) continue;
    problems.push({
      path: file.path,
      line,
      message: 'unfinished text ("TODO") in an entry that is not a draft',
      fix: 'finish the text, or keep "draft: true" until it is ready',
    });
  }
  return problems;
}
