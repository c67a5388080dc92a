import { describe, expect, it } from 'vitest';
import { isKnownPage, knownPages, routePattern, staticPagePath } from '../../../src/lib/urls/paths.ts';
import { PAGE_FILES } from '../../support/content-files.ts';

describe('staticPagePath', () => {
  it('maps page files to the paths they build', () => {
    expect(['index.astro', 'about.astro', 'blog/tags/index.astro', '404.astro', 'rss.xml.ts'].map(staticPagePath)).toEqual([
      '/',
      '/about/',
      '/blog/tags/',
      '/404.html',
      '/rss.xml',
    ]);
  });
});

describe('routePattern', () => {
  it('matches the shape of a dynamic route', () => {
    expect(routePattern('og/[slug].png.ts').test('/og/a-b.png')).toBe(true);
    expect(routePattern('og/[slug].png.ts').test('/og/a/b.png')).toBe(false);
    expect(routePattern('docs/[...rest].astro').test('/docs/a/b/')).toBe(true);
  });
});

describe('knownPages', () => {
  const pages = knownPages({
    pageFiles: [...PAGE_FILES, 'search.astro', 'og/[slug].png.ts', '_partial.astro'],
    articles: Array.from({ length: 11 }, (_, i) => ({ id: `a${i}`, tags: i === 0 ? ['sql', 'api'] : ['sql'] })),
    courses: ['backend'],
    authors: ['faculty'],
    blogPageSize: 10,
  });

  it('lists static pages, content pages, tag pages and blog pages', () => {
    for (const path of [
      '/',
      '/about/',
      '/search/',
      '/blog/',
      '/blog/2/',
      '/blog/a10/',
      '/blog/tags/api/',
      '/courses/backend/',
      '/authors/faculty/',
      '/404.html',
    ]) {
      expect(isKnownPage(pages, path), path).toBe(true);
    }
  });

  it('does not list what the content does not make', () => {
    for (const path of ['/blog/3/', '/blog/a11/', '/blog/tags/none/', '/courses/x/', '/_partial/']) expect(isKnownPage(pages, path), path).toBe(false);
  });

  it('matches other dynamic routes by shape', () => {
    expect(isKnownPage(pages, '/og/anything.png')).toBe(true);
  });
});
