/**
 * Two files with the same slug (URL) in one collection: Astro keeps only one
 * of them, silently. Old slugs in `redirectFrom` must not clash either.
 */
import { isPageEntry, type ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';
import { redirectSourcePath, redirectSourcePattern } from '../urls/redirects.ts';
import { entryPath } from '../urls/paths.ts';
import { stringList } from './context.ts';

export function checkDuplicateSlugs(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, ContentFile>();
  for (const file of files.filter(isPageEntry)) {
    const path = entryPath(file.collection, file.id);
    const owner = owners.get(path);
    if (owner) {
      problems.push({
        path: file.path,
        line: 1,
        message: `duplicate slug "${file.id}": ${owner.path} has the same URL ${path}`,
        fix: 'rename one of the files (the file name is the URL)',
      });
    } else owners.set(path, file);
  }
  const redirected = new Map<string, ContentFile>();
  for (const file of files.filter(isPageEntry)) {
    stringList(file.data['redirectFrom']).forEach((source, index) => {
      const line = file.lineOf('redirectFrom', index);
      if (!redirectSourcePattern.test(source)) {
        problems.push({
          path: file.path,
          line,
          message: `redirectFrom "${source}" is neither an old file name nor a site path`,
          fix: 'write the old file name without .mdx (e.g. old-name) or a path with slashes (e.g. /blog/old-name/)',
        });
        return;
      }
      const path = redirectSourcePath(file.collection, source);
      const page = owners.get(path);
      const other = redirected.get(path);
      if (page) {
        problems.push({
          path: file.path,
          line,
          message: `redirectFrom "${source}" is the URL of an existing page (${page.path})`,
          fix: 'remove it from redirectFrom, or rename that file first',
        });
      } else if (other === file) {
        // The same old URL twice in one file: src/lib/checks/lists.ts says so.
      } else if (other) {
        problems.push({
          path: file.path,
          line,
          message: `redirectFrom "${source}" is also redirected by ${other.path}`,
          fix: 'an old URL can lead to one page only: remove it from one of the two files',
        });
      } else redirected.set(path, file);
    });
  }
  return problems;
}
