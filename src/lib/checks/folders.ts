/** Content files in a sub-folder of their collection: Astro would load them, unchecked, with a slash in their URL. */
import { nestedEntryCollection, type CollectionName } from '../content/files.ts';
import type { Problem } from './problems.ts';

const ENTRY: Record<CollectionName, string> = {
  articles: 'an article',
  courses: 'a course',
  authors: 'an author',
  batches: 'a batch',
  paths: 'a learning path',
};

export function checkFolders(existingFiles: Iterable<string>): Problem[] {
  const problems: Problem[] = [];
  for (const path of existingFiles) {
    const collection = nestedEntryCollection(path);
    if (!collection) continue;
    problems.push({
      path,
      line: 1,
      message: `a file in a sub-folder of content/${collection}/ is not read as ${ENTRY[collection]}`,
      fix: `move it up to content/${collection}/ (its file name is its address; images may stay in sub-folders)`,
    });
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path));
}
