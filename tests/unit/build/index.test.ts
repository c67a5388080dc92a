import { describe, expect, it } from 'vitest';
import { cacheKey, siteKey, type SiteState } from '../../../src/lib/build/index.ts';

const state: SiteState = {
  entries: [
    { collection: 'articles', id: 'a', data: { title: 'A', pubDate: new Date('2026-01-01'), tags: ['x'] }, lastModified: new Date('2026-02-01') },
    { collection: 'courses', id: 'c', data: { title: 'C' } },
  ],
  year: 2026,
  sources: { 'src/scripts/theme.client.js': 'toggle();', 'astro.config.mjs': 'export default {}' },
  runtime: 'v24.0.0',
};

describe('cacheKey', () => {
  it('is the same for the same values and differs for different ones', () => {
    expect(cacheKey('a', { b: 1 })).toBe(cacheKey('a', { b: 1 }));
    expect(cacheKey('a', { b: 1 })).not.toBe(cacheKey('a', { b: 2 }));
    expect(cacheKey(new Date('2026-01-01'))).not.toBe(cacheKey(new Date('2026-01-02')));
  });
});

describe('siteKey', () => {
  it('does not depend on the order the sources were read in', () => {
    const reversed = Object.fromEntries(Object.entries(state.sources).reverse());
    expect(siteKey({ ...state, sources: reversed })).toBe(siteKey(state));
  });

  it('changes with anything a page may show or be shaped by', () => {
    const [article, course] = state.entries as [SiteState['entries'][0], SiteState['entries'][0]];
    const changed: SiteState[] = [
      { ...state, entries: [{ ...article, data: { ...(article.data as object), title: 'A, renamed' } }, course] },
      { ...state, entries: [{ ...article, lastModified: new Date('2026-03-01') }, course] },
      { ...state, entries: [article] },
      { ...state, year: 2027 },
      { ...state, sources: { ...state.sources, 'astro.config.mjs': 'export default { site: "x" }' } },
      { ...state, runtime: 'v26.0.0' },
    ];
    const keys = new Set([siteKey(state), ...changed.map(siteKey)]);
    expect(keys.size).toBe(changed.length + 1);
  });
});
