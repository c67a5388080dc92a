/** A URL in published-urls.txt that this build no longer makes, and that no redirect covers. */
import type { Problem } from './problems.ts';
import { missingPublishedUrls, type Redirect } from '../urls/redirects.ts';

export const PUBLISHED_URLS_FILE = 'published-urls.txt';

function redirectHint(path: string): string {
  const entry = /^\/(blog|courses)\/([^/]+)\/$/.exec(path);
  if (entry?.[1] && entry[2] && entry[1] !== 'tags') {
    const section = entry[1] === 'blog' ? 'content/articles' : 'content/courses';
    return `if the file was renamed, add "redirectFrom: [${entry[2]}]" to the renamed file in ${section}/`;
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
