/** A URL in published-urls.txt that this build no longer makes, and that no redirect covers. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from './problems.ts';
import { pageOfPath } from '../urls/paths.ts';
import { missingPublishedUrls, parsePublishedUrls, PUBLISHED_URLS_FILE, type Redirect } from '../urls/redirects.ts';

function redirectHint(path: string): string {
  const page = pageOfPath(path);
  if (page.kind === 'article' || page.kind === 'course') {
    const section = page.kind === 'article' ? 'content/articles' : 'content/courses';
    return `if the file was renamed, add "redirectFrom: [${page.id}]" to the renamed file in ${section}/`;
  }
  return `if another page replaces it, add "${path}" to that page's redirectFrom`;
}

export function checkPublishedUrls(
  listed: readonly { path: string; line: number }[],
  exists: (path: string) => boolean,
  redirects: readonly Redirect[],
): Problem[] {
  return missingPublishedUrls(listed, exists, redirects).map((u) => ({
    path: PUBLISHED_URLS_FILE,
    line: u.line,
    message: `${u.path} was published and no page has this URL any more`,
    fix: `${redirectHint(u.path)}; if removing it is intended, run "npm run urls:update" and commit ${PUBLISHED_URLS_FILE}`,
  }));
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
