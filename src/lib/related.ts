/** The parts of an article that relatedness is judged on. */
export interface Relatable {
  id: string;
  tags: readonly string[];
  pubDate: Date;
}

/**
 * Related articles for any article of `all`: up to `count` others, most
 * shared tags first, then most recent, then by id so the order is stable from
 * build to build. Every article page asks, so the list is sorted and indexed
 * by tag once; each question then counts shared tags through the index (a
 * typed array, no sorting) in one pass: a build stays linear in the number of
 * articles per page instead of n log n with an object per candidate.
 */
export function relatedFinder<T extends Relatable>(all: readonly T[], count = 3): (current: Relatable) => T[] {
  const ranked = [...all].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.id.localeCompare(b.id));
  const byTag = new Map<string, number[]>();
  ranked.forEach((article, i) => {
    for (const tag of article.tags) {
      const list = byTag.get(tag);
      if (list) list.push(i);
      else byTag.set(tag, [i]);
    }
  });
  const shared = new Uint32Array(ranked.length);
  return (current) => {
    shared.fill(0);
    for (const tag of new Set(current.tags)) for (const i of byTag.get(tag) ?? []) shared[i]!++;
    // In ranked order, a later candidate beats an earlier one only with more shared tags.
    const best: number[] = [];
    for (let i = 0; i < ranked.length && count > 0; i++) {
      if (ranked[i]!.id === current.id) continue;
      if (best.length === count && shared[i]! <= shared[best[count - 1]!]!) continue;
      let at = best.length;
      while (at > 0 && shared[best[at - 1]!]! < shared[i]!) at--;
      best.splice(at, 0, i);
      if (best.length > count) best.pop();
    }
    return best.map((i) => ranked[i]!);
  };
}

/** Up to `count` articles related to `current` (see relatedFinder); for one question, where no index pays off. */
export function relatedArticles<T extends Relatable>(current: Relatable, all: readonly T[], count = 3): T[] {
  return relatedFinder(all, count)(current);
}

/** Previous (older) and next (newer) neighbours in a newest-first list. */
export function neighbours<T extends { id: string }>(current: { id: string }, newestFirst: readonly T[]) {
  const i = newestFirst.findIndex((a) => a.id === current.id);
  return {
    older: i >= 0 ? newestFirst[i + 1] : undefined,
    newer: i > 0 ? newestFirst[i - 1] : undefined,
  };
}
