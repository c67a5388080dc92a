import { describe, expect, it } from 'vitest';
import { pageUrl, paginate } from '../../../src/lib/urls/pagination.ts';

describe('pageUrl', () => {
  it('keeps page 1 at the list URL and numbers the rest', () => {
    expect(pageUrl('/blog/', 1)).toBe('/blog/');
    expect(pageUrl('/blog', 2)).toBe('/blog/2/');
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => `post-${i + 1}`);

  it('splits items into pages of the given size, in order', () => {
    const pages = paginate(items, 10, '/blog/');
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages[2]?.items.at(-1)).toBe('post-23');
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });

  it('links each page to its neighbours', () => {
    const [first, second, third] = paginate(items, 10, '/blog/');
    expect(first).toMatchObject({ url: '/blog/', prevUrl: undefined, nextUrl: '/blog/2/' });
    expect(second).toMatchObject({ url: '/blog/2/', prevUrl: '/blog/', nextUrl: '/blog/3/' });
    expect(third).toMatchObject({ url: '/blog/3/', prevUrl: '/blog/2/', nextUrl: undefined });
  });

  it('gives an empty list one empty page, and exactly-full lists no extra page', () => {
    expect(paginate([], 10, '/blog/')).toHaveLength(1);
    expect(paginate(items.slice(0, 20), 10, '/blog/')).toHaveLength(2);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0, '/blog/')).toThrow(RangeError);
    expect(() => paginate(items, 2.5, '/blog/')).toThrow(RangeError);
  });
});
