/** The parts of an article that relatedness is judged on. */
export interface Relatable {
  id: string;
  tags: readonly string[];
  pubDate: Date;
}

/**
 * Related articles for any article of `all`: up to `count` others, most
 * shared tags (distinct ones) first, then most recent, then by id so the order
 * is stable from build to build. Every article page asks, so the list is
 * ranked and indexed by tag once. A question then only walks the lists of its
 * own tags, all but the longest fully: an article found only in the longest
 * list shares exactly one tag, so its first few entries not seen elsewhere are
 * the best of those. With a tag on every article ("backend") that keeps a page
 * from scanning the whole site, which made the build quadratic.
 */
export function relatedFinder<T extends Relatable>(all: readonly T[], count = 3): (current: Relatable) => T[] {
  const ranked = [...all].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.id.localeCompare(b.id));
  const rankOf = new Map(ranked.map((article, i) => [article.id, i]));
  /** Per tag, the ranks of its articles, best first. */
  const byTag = new Map<string, number[]>();
  ranked.forEach((article, i) => {
    for (const tag of new Set(article.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(i);
      else byTag.set(tag, [i]);
    }
  });
  const members = new Map([...byTag].map(([tag, list]) => [tag, new Set(list)]));

  return (current) => {
    const self = rankOf.get(current.id) ?? -1;
    const best: { rank: number; shared: number }[] = [];
    const consider = (rank: number, shared: number) => {
      if (rank === self) return;
      let at = best.length;
      while (at > 0 && (best[at - 1]!.shared < shared || (best[at - 1]!.shared === shared && best[at - 1]!.rank > rank))) at--;
      if (at < count) best.splice(at, 0, { rank, shared });
      if (best.length > count) best.pop();
    };
    const tags = [...new Set(current.tags)].filter((t) => byTag.has(t)).sort((a, b) => byTag.get(a)!.length - byTag.get(b)!.length);
    const longest = tags.pop();
    const shared = new Map<number, number>();
    for (const tag of tags) for (const rank of byTag.get(tag)!) shared.set(rank, (shared.get(rank) ?? 0) + 1);
    if (longest !== undefined) {
      const inLongest = members.get(longest)!;
      for (const [rank, n] of shared) consider(rank, inLongest.has(rank) ? n + 1 : n);
      let taken = 0;
      for (const rank of byTag.get(longest)!) {
        if (taken === count) break;
        if (rank === self || shared.has(rank)) continue;
        consider(rank, 1);
        taken++;
      }
    }
    // Too few share a tag: fill up with the most recent of the rest (at most `count` of them are ever needed).
    let taken = 0;
    for (let rank = 0; rank < ranked.length && best.length < count && taken < count; rank++) {
      if (rank === self || shared.has(rank) || (longest !== undefined && members.get(longest)!.has(rank))) continue;
      consider(rank, 0);
      taken++;
    }
    return best.map(({ rank }) => ranked[rank]!);
  };
}

/** Previous (older) and next (newer) neighbours in a newest-first list. */
export function neighbours<T extends { id: string }>(current: { id: string }, newestFirst: readonly T[]) {
  const i = newestFirst.findIndex((a) => a.id === current.id);
  return {
    older: i >= 0 ? newestFirst[i + 1] : undefined,
    newer: i > 0 ? newestFirst[i - 1] : undefined,
  };
}
