import { describe, expect, it } from 'vitest';
import { parsePublishedUrls, publishedUrlsFile, redirectSourcePattern, redirectsOf, unlistedPages } from '../../../src/lib/urls/redirects.ts';

describe('redirectsOf', () => {
  it('turns old slugs into paths in the entry section and keeps paths as written', () => {
    const redirects = redirectsOf([
      { collection: 'articles', id: 'new', redirectFrom: ['old', '/blog/tags/gone/'] },
      { collection: 'courses', id: 'sql', redirectFrom: ['databases'] },
    ]);
    expect(redirects).toEqual([
      { from: '/blog/old/', to: '/blog/new/' },
      { from: '/blog/tags/gone/', to: '/blog/new/' },
      { from: '/courses/databases/', to: '/courses/sql/' },
    ]);
  });
});

describe('redirectSourcePattern', () => {
  it('accepts slugs and site paths, nothing else', () => {
    for (const ok of ['old-name', '/blog/old/']) expect(redirectSourcePattern.test(ok), ok).toBe(true);
    for (const bad of ['Old Name', 'blog/old', '/blog/old', '/', 'https://x.org/']) expect(redirectSourcePattern.test(bad), bad).toBe(false);
  });
});

describe('published-urls.txt', () => {
  it('round-trips sorted, unique paths and skips comments', () => {
    const text = publishedUrlsFile(['/b/', '/a/', '/b/']);
    expect(parsePublishedUrls(text).map((u) => u.path)).toEqual(['/a/', '/b/']);
  });
});

describe('unlistedPages', () => {
  it('names built pages missing from the list, leaving out the 404s, numbered list pages, redirects and the editor', () => {
    const built = ['/', '/404.html', '/gu/404.html', '/admin/', '/blog/', '/blog/2/', '/blog/new/', '/blog/old/'];
    expect(unlistedPages(built, [{ path: '/' }, { path: '/blog/' }], [{ from: '/blog/old/', to: '/blog/new/' }])).toEqual(['/blog/new/']);
  });
});
