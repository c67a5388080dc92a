/**
 * The page title is the page's one h1 (the layout renders it), so a level-1
 * heading in a body would make a second one: screen-reader users and search
 * engines then see two competing page titles.
 */
import type { ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';
import { headingsOf } from './markdown-scan.ts';

export function checkHeadings(files: readonly ContentFile[]): Problem[] {
  return files.flatMap((file) =>
    headingsOf(file.body)
      .filter((h) => h.depth === 1)
      .map((h) => ({
        path: file.path,
        line: file.bodyStartLine + h.lineIndex,
        message: `"${h.text.trim()}" is a level-1 heading, a second h1 on the page (the title is the first)`,
        fix: 'start sections at level 2: write "## " instead of "# "',
      })),
  );
}
