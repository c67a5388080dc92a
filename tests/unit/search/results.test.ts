import { describe, expect, it } from 'vitest';
import { matchingSections, MAX_SECTIONS, toResultView, type PagefindResultData } from '../../../src/lib/search/results.ts';

const page = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/blog/sql-vs-nosql-databases/',
  excerpt: 'choosing a <mark>database</mark>',
  meta: { title: 'SQL vs NoSQL', type: 'Article', date: '2026-11-24' },
  sub_results: [],
  ...over,
});
const section = (anchor: string, title = anchor) => ({ title, url: `/blog/sql-vs-nosql-databases/#${anchor}`, excerpt: `about <mark>${anchor}</mark>` });

describe('matchingSections', () => {
  it('lists headings of the page, not the page top itself', () => {
    const data = page({ sub_results: [{ title: 'SQL vs NoSQL', url: '/blog/sql-vs-nosql-databases/', excerpt: 'top' }, section('scaling')] });
    expect(matchingSections(data)).toEqual([section('scaling')]);
  });

  it('keeps at most MAX_SECTIONS, in Pagefind order, without repeats', () => {
    const subs = ['a', 'b', 'a', 'c', 'd', 'e'].map((s) => section(s));
    expect(matchingSections(page({ sub_results: subs })).map((s) => s.title)).toEqual(['a', 'b', 'c', 'd', 'e'].slice(0, MAX_SECTIONS));
  });

  it('ignores sections that point at another page, and pages without sections', () => {
    expect(matchingSections(page({ sub_results: [{ title: 'x', url: '/courses/x/#y', excerpt: '' }] }))).toEqual([]);
    const { sub_results: _, ...withoutSubs } = page();
    expect(matchingSections(withoutSubs)).toEqual([]);
  });
});

describe('toResultView', () => {
  it('carries title, type, date and the highlighted excerpt', () => {
    expect(toResultView(page())).toEqual({
      url: '/blog/sql-vs-nosql-databases/',
      title: 'SQL vs NoSQL',
      type: 'Article',
      date: '2026-11-24',
      excerpt: 'choosing a <mark>database</mark>',
      sections: [],
    });
  });

  it('adds the image with its alt text when the page has one', () => {
    const view = toResultView(page({ meta: { title: 't', image: '/_astro/cover.webp', image_alt: 'A server rack' } }));
    expect(view.image).toEqual({ src: '/_astro/cover.webp', alt: 'A server rack' });
  });

  it('falls back to the URL for a missing title and drops an unknown type', () => {
    const view = toResultView(page({ meta: { title: '  ', type: 'Video' } }));
    expect(view.title).toBe('/blog/sql-vs-nosql-databases/');
    expect(view.type).toBeUndefined();
    expect(view.date).toBeUndefined();
  });
});
