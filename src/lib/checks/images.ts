/**
 * Images need alt text (what the image shows, for readers who cannot see it)
 * and a file that exists; a missing image is otherwise a broken icon on the page.
 */
import { posix } from 'node:path';
import type { ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';
import { referencesOf } from './markdown-scan.ts';
import type { CheckContext } from './context.ts';

/** Frontmatter image fields and the field holding their alt text. */
const IMAGE_FIELDS: Record<string, string | undefined> = { cover: 'coverAlt', avatar: undefined };

/** The repository path an image reference points at; undefined for images on other sites. */
export function imageFile(url: string, fromFile: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
  const path = decodeURI(url.replace(/[?#].*$/, ''));
  return path.startsWith('/') ? posix.join('public', path) : posix.normalize(posix.join(posix.dirname(fromFile), path));
}

function missingFile(file: ContentFile, url: string, line: number, ctx: CheckContext): Problem | undefined {
  const path = imageFile(url, file.path);
  if (path === undefined || ctx.existingFiles.has(path)) return undefined;
  return {
    path: file.path,
    line,
    message: `image "${url}" not found (looked for ${path})`,
    fix: url.startsWith('/')
      ? 'put the file under public/ at that path, or fix the name (names are case-sensitive)'
      : 'put the file next to this one at that relative path, or fix the name (names are case-sensitive)',
  };
}

export function checkImages(ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const file of ctx.files) {
    for (const image of referencesOf(file.body).filter((r) => r.kind === 'image')) {
      const line = file.bodyStartLine + image.lineIndex;
      if (!image.alt) {
        problems.push({
          path: file.path,
          line,
          message: `image "${image.url}" has no alt text`,
          fix: 'describe what the image shows, e.g. ![Diagram of a REST request and response](…) or alt="…"',
        });
      }
      const missing = missingFile(file, image.url, line, ctx);
      if (missing) problems.push(missing);
    }
    for (const [field, altField] of Object.entries(IMAGE_FIELDS)) {
      const value = file.data[field];
      if (typeof value !== 'string') continue;
      const missing = missingFile(file, value, file.lineOf(field), ctx);
      if (missing) problems.push(missing);
      if (altField && !file.data[altField]) {
        problems.push({
          path: file.path,
          line: file.lineOf(field),
          message: `${field} image has no ${altField}`,
          fix: `add "${altField}: <what the image shows>"`,
        });
      }
    }
  }
  return problems;
}
