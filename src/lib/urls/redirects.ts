/**
 * Renames never break links: `redirectFrom` in an entry's frontmatter lists
 * old slugs (or old site paths) that now lead to it, and published-urls.txt
 * lists every URL ever published, so a build can tell when one disappears.
 */
import { editorPath } from '../cms/page.ts';
import { entryPath, type PageCollection } from './paths.ts';

/** An old slug ("old-name") or a site path ending in a slash ("/blog/tags/old/"). */
export const redirectSourcePattern = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\/(?:[\w.~-]+\/)+)$/;

export interface Redirect {
  /** Old site path, e.g. "/blog/old-name/". */
  from: string;
  /** The page it now leads to, e.g. "/blog/new-name/". */
  to: string;
}

export interface Redirectable {
  collection: PageCollection;
  id: string;
  redirectFrom: readonly string[];
}

/** An old slug becomes a path in the entry's own section; a path stays as written. */
export function redirectSourcePath(collection: PageCollection, source: string): string {
  return source.startsWith('/') ? source : entryPath(collection, source);
}

export function redirectsOf(entries: readonly Redirectable[]): Redirect[] {
  return entries
    .flatMap((e) => e.redirectFrom.map((source) => ({ from: redirectSourcePath(e.collection, source), to: entryPath(e.collection, e.id) })))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** The registry of every URL ever published, at the repository's root. */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';

/** published-urls.txt: one site path per line; "#" starts a comment. */
export function parsePublishedUrls(text: string): { path: string; line: number }[] {
  return text
    .split('\n')
    .map((raw, i) => ({ path: raw.replace(/#.*/, '').trim(), line: i + 1 }))
    .filter((u) => u.path);
}

export function publishedUrlsFile(paths: Iterable<string>): string {
  const header = [
    '# Every URL the site has published. A build fails if one of these disappears',
    '# without a redirect (add `redirectFrom` to the page that replaces it).',
    '# Refresh after publishing: npm run urls:update',
  ];
  return `${[...header, ...[...new Set(paths)].sort()].join('\n')}\n`;
}

/** Published paths that are neither a page of this build nor redirected. */
export function missingPublishedUrls<T extends { path: string }>(
  published: readonly T[],
  exists: (path: string) => boolean,
  redirects: readonly Redirect[],
): T[] {
  const redirected = new Set(redirects.map((r) => r.from));
  return published.filter((u) => !exists(u.path) && !redirected.has(u.path));
}

/** Built pages that are not 404s (each language has one), numbered list pages, redirects or the editor: the URLs published-urls.txt keeps. */
export function isListablePage(path: string): boolean {
  return !path.endsWith('/404.html') && path !== editorPath && !/\/\d+\/$/.test(path);
}

/** Built pages that published-urls.txt does not list yet. */
export function unlistedPages(built: readonly string[], listed: readonly { path: string }[], redirects: readonly Redirect[]): string[] {
  const known = new Set([...listed.map((u) => u.path), ...redirects.map((r) => r.from)]);
  return built.filter((path) => isListablePage(path) && !known.has(path)).sort();
}
