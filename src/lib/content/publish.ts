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
