/** Reading the repository for the build-time checks: content files, file lists, published-urls.txt. */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { checkPublishedUrls, PUBLISHED_URLS_FILE } from '../checks/published-urls.ts';
import { entryId, type CollectionName, type ContentFile, type Problem } from '../checks/problems.ts';
import { parseContentFile } from './frontmatter.ts';
import { parsePublishedUrls, type Redirect } from '../urls/redirects.ts';

const COLLECTIONS: Record<CollectionName, string[]> = {
  articles: ['.md', '.mdx'],
  courses: ['.md', '.mdx'],
  authors: ['.yaml', '.yml'],
};

export async function loadContentFiles(rootDir: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const [collection, extensions] of Object.entries(COLLECTIONS) as [CollectionName, string[]][]) {
    const dir = join(rootDir, 'content', collection);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const ext = extname(name);
      if (!extensions.includes(ext)) continue;
      const source = await readFile(join(dir, name), 'utf8');
      const parsed = parseContentFile(source, collection === 'authors');
      files.push({ ...parsed, collection, id: entryId(name), path: relative(rootDir, join(dir, name)).split(sep).join('/') });
    }
  }
  return files;
}

/** Every file under `dir`, as paths relative to `rootDir` with forward slashes. */
export async function listFiles(rootDir: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(rootDir, dir), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(rootDir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** `PUBLISHED_URLS=update` (set by `npm run urls:update`) builds without the published-URL check. */
export const SKIP_PUBLISHED_URLS = process.env['PUBLISHED_URLS'] === 'update';

/** The URLs in published-urls.txt, with their lines; none when the file is missing. */
export async function listedUrls(rootDir: string): Promise<{ path: string; line: number }[]> {
  return parsePublishedUrls(await readFile(join(rootDir, PUBLISHED_URLS_FILE), 'utf8').catch(() => ''));
}

export async function publishedUrlProblems(rootDir: string, exists: (path: string) => boolean, redirects: readonly Redirect[]): Promise<Problem[]> {
  if (SKIP_PUBLISHED_URLS) return [];
  return checkPublishedUrls(await listedUrls(rootDir), exists, redirects);
}

/** An error that prints as the report alone: the integration's own stack trace would only bury it. */
export function reportError(report: string): Error {
  const error = new Error(report);
  error.stack = report;
  return error;
}
