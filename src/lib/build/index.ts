/**
 * The build's own machinery: this file's incremental-build keys; memo.ts (a
 * query answered once per build); html.ts (the one reader of built HTML);
 * csp-hashes.ts (each page's CSP trimmed to its own scripts); link-check.ts
 * and built-site.ts (the link check over dist/); stop.ts (how a report of
 * editors' mistakes ends the build).
 *
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key, code and content modules are unchanged since the last
 * build is copied from that build instead of rendered again. A key must change
 * whenever anything the page shows changes that Astro cannot see itself (it
 * hashes the page's code and the MDX it renders): frontmatter of the entries
 * it lists, git dates, which entries are published today, the year.
 */
import { createHash } from 'node:crypto';

/** A short hash of any JSON-serialisable values (Dates as ISO strings, undefined fields dropped). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

export interface KeyedEntry {
  collection: string;
  id: string;
  data: unknown;
  /** When the entry last changed (git or updatedDate): pages print it but it is not in `data`. */
  lastModified?: Date;
}

export interface SiteState {
  /** Every published entry a page may list or link to, with its frontmatter. */
  entries: readonly KeyedEntry[];
  /** The footer's copyright year. */
  year: number;
  /** Sources that shape every page from outside Astro's module graph (integrations, config), by path. */
  sources: Readonly<Record<string, string>>;
  /** Node's version: its Intl data formats the dates pages print. */
  runtime: string;
  /** Settings a build takes from its environment that pages show (where the enquiry form posts). */
  settings?: unknown;
}

/**
 * The key of what every page may show besides its own entry. The entries
 * come from the published lists (drafts and entries scheduled later are not
 * in them), so a scheduled article appearing changes it too.
 */
export function siteKey(state: SiteState): string {
  const sources = Object.keys(state.sources)
    .sort()
    .map((path) => [path, state.sources[path]]);
  return cacheKey(state.entries, state.year, sources, state.runtime, state.settings);
}
