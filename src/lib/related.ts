/** The parts of an article that relatedness is judged on. */
export interface Relatable {
  id: string;
  tags: readonly string[];
  pubDate: Date;
}

/**
 * Up to `count` other articles, most shared tags first, then most recent,
 * then by id so the order is stable from build to build.
 */
export function relatedArticles<T extends Relatable>(current: Relatable, all: readonly T[], count = 3): T[] {
  const tags = new Set(current.tags);
  return all
    .filter((candidate) => candidate.id !== current.id)
    .map((candidate) => ({ candidate, shared: candidate.tags.filter((t) => tags.has(t)).length }))
    .sort((a, b) => b.shared - a.shared || b.candidate.pubDate.getTime() - a.candidate.pubDate.getTime() || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** Previous (older) and next (newer) neighbours in a newest-first list. */
export function neighbours<T extends { id: string }>(current: { id: string }, newestFirst: readonly T[]) {
  const i = newestFirst.findIndex((a) => a.id === current.id);
  return {
    older: i >= 0 ? newestFirst[i + 1] : undefined,
    newer: i > 0 ? newestFirst[i - 1] : undefined,
  };
}
