import { describe, expect, it } from 'vitest';
import { neighbours, relatedFinder, type Relatable } from '../../../src/lib/content/related.ts';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const article = (id: string, tags: string[], d: number): Relatable => ({ id, tags, pubDate: day(d) });

describe('relatedFinder', () => {
  const current = article('current', ['backend', 'apis', 'node'], 10);
  const all = [
    current,
    article('one-shared-new', ['backend'], 20),
    article('two-shared-old', ['backend', 'apis'], 1),
    article('three-shared', ['backend', 'apis', 'node'], 5),
    article('none-shared-newest', ['design'], 30),
    article('one-shared-old', ['node'], 2),
  ];

  it('ranks by shared tags, then by recency, and never lists the article itself', () => {
    expect(relatedFinder(all)(current).map((a) => a.id)).toEqual(['three-shared', 'two-shared-old', 'one-shared-new']);
  });

  it('fills up with unrelated articles, newest first, when too few share tags', () => {
    const few = [current, article('one-shared', ['node'], 3), article('other-old', ['x'], 1), article('other-new', ['y'], 9)];
    expect(relatedFinder(few)(current).map((a) => a.id)).toEqual(['one-shared', 'other-new', 'other-old']);
  });

  it('breaks full ties by id so builds are stable', () => {
    const tied = [article('b', ['backend'], 3), article('a', ['backend'], 3)];
    expect(relatedFinder(tied, 2)(current).map((a) => a.id)).toEqual(['a', 'b']);
  });

  /** The definition, as a full sort of every other article. */
  function rankedByDefinition(of: Relatable, list: readonly Relatable[]): Relatable[] {
    const shared = (r: Relatable) => r.tags.filter((t) => of.tags.includes(t)).length;
    return list.filter((r) => r.id !== of.id).sort((a, b) => shared(b) - shared(a) || b.pubDate.getTime() - a.pubDate.getTime() || a.id.localeCompare(b.id));
  }

  it('picks the same articles, in the same order, as ranking the whole list', () => {
    // Every ordering case at once: shared tags, then date, then id, in a shuffled list.
    const many = Array.from({ length: 40 }, (_, i) => article(`a${(i * 17) % 40}`, ['backend', 'apis', 'node', 'x'].slice(0, i % 4), 1 + (i % 7)));
    for (const count of [1, 3, 10, 40]) expect(relatedFinder(many, count)(current)).toEqual(rankedByDefinition(current, many).slice(0, count));
    expect(relatedFinder(many, 0)(current)).toEqual([]);
  });

  it('agrees with the definition for every article of a site with a tag on every article, rare tags and untagged ones', () => {
    // A seeded shuffle of tags and dates: the finder answers for each article from one index.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const site = Array.from({ length: 120 }, (_, i) => {
      const tags = new Set<string>(i % 5 === 0 ? [] : ['backend']);
      for (let k = next(4); k > 0; k--) tags.add(`topic-${next(12)}`);
      if (i % 17 === 0) tags.add(`rare-${i}`);
      return article(`post-${i}`, [...tags], 1 + next(30));
    });
    const find = relatedFinder(site, 3);
    for (const of of site) expect(find(of)).toEqual(rankedByDefinition(of, site).slice(0, 3));
    // An article not in the list (a draft in preview) is answered too.
    const outsider = article('outsider', ['topic-3', 'rare-0'], 40);
    expect(find(outsider)).toEqual(rankedByDefinition(outsider, site).slice(0, 3));
  });

  it('returns fewer when there are fewer other articles', () => {
    expect(relatedFinder([current])(current)).toEqual([]);
  });
});

describe('neighbours', () => {
  const newestFirst = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];
  it('gives the older and newer article around the current one', () => {
    expect(neighbours({ id: 'b' }, newestFirst)).toEqual({ older: { id: 'a' }, newer: { id: 'c' } });
    expect(neighbours({ id: 'c' }, newestFirst)).toEqual({ older: { id: 'b' }, newer: undefined });
    expect(neighbours({ id: 'a' }, newestFirst)).toEqual({ older: undefined, newer: { id: 'b' } });
  });
});
