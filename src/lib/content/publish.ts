/** The publish rule: whether an entry is on the built site, for Astro's entries and for raw content files alike. */
import { parseDate } from '../dates/index.ts';

export interface Publishable {
  draft: boolean;
  pubDate: Date;
}

/**
 * Whether an entry appears on the built site. Drafts, and entries dated in the
 * future (scheduled), are shown only when drafts are included (in `astro dev`).
 */
export function isPublished(data: Publishable, now: Date, includeDrafts: boolean): boolean {
  if (includeDrafts) return true;
  return !data.draft && data.pubDate.getTime() <= now.getTime();
}

/** Newest first; ties by id so lists do not reshuffle between builds. */
export function byNewest<T extends { id: string; data: { pubDate: Date } }>(a: T, b: T): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}

/** A content file as read before Astro's content layer (src/lib/content/frontmatter.ts). */
export interface RawEntry {
  collection: string;
  data: Record<string, unknown>;
}

/** Whether a learning path is on the site: it has no publication date, only `draft` (it shows only its published articles). */
export function isPublishedPath(data: { draft: boolean }, includeDrafts: boolean): boolean {
  return includeDrafts || !data.draft;
}

/** Whether a raw content file is on the built site: the rules above, read from its frontmatter. Authors always are; a batch shows with its course. */
export function isPublishedFile(file: RawEntry, now: Date, includeDrafts: boolean): boolean {
  if (file.collection === 'authors' || file.collection === 'batches') return true;
  if (file.collection === 'paths') return isPublishedPath({ draft: file.data['draft'] === true }, includeDrafts);
  const pubDate = parseDate(file.data['pubDate']);
  if (!pubDate) return includeDrafts;
  return isPublished({ draft: file.data['draft'] === true, pubDate }, now, includeDrafts);
}
