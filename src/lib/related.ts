/** The parts of an article that relatedness is judged on. */
export interface Relatable {
  id: string;
  tags: readonly string[];
  pubDate: Date;
}

interface Ranked<T> {
  candidate: T;
  shared: number;
}

/** Most shared tags first, then most recent, then by id so the order is stable from build to build. */
function rank<T extends Relatable>(a: Ranked<T>, b: Ranked<T>): number {
  return b.shared - a.shared || b.candidate.pubDate.getTime() - a.candidate.pubDate.getTime() || a.candidate.id.localeCompare(b.candidate.id);
}

/**
 * Up to `count` other articles, most shared tags first, then most recent,
 * then by id. Every article page asks, so this keeps only the best `count`
 * while scanning instead of sorting the whole list: linear in the number of
 * articles, not n log n.
 */
export function relatedArticles<T extends Relatable>(current: Relatable, all: readonly T[], count = 3): T[] {
  if (count < 1) return [];
  const tags = new Set(current.tags);
  const best: Ranked<T>[] = [];
  for (const candidate of all) {
    if (candidate.id === current.id) continue;
    const ranked = { candidate, shared: candidate.tags.filter((t) => tags.has(t)).length };
    if (best.length === count && rank(ranked, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && rank(ranked, best[at - 1]!) < 0) at--;
    best.splice(at, 0, ranked);
    if (best.length > count) best.pop();
  }
  return best.map(({ candidate }) => candidate);
}

/** Previous (older) and next (newer) neighbours in a newest-first list. */
export function neighbours<T extends { id: string }>(current: { id: string }, newestFirst: readonly T[]) {
  const i = newestFirst.findIndex((a) => a.id === current.id);
  return {
    older: i >= 0 ? newestFirst[i + 1] : undefined,
    newer: i > 0 ? newestFirst[i - 1] : undefined,
  };
}
