import { describe, expect, it } from 'vitest';
import { canonicalUrl, defaultSocialImage, documentTitle, headData, type MetaTag, type PageMeta } from '../../../src/lib/seo/index.ts';
import { isoDateTime } from '../../../src/lib/dates/index.ts';
import { site } from '../../../src/site.config.ts';

const content = (meta: MetaTag[], key: string) => meta.filter((m) => ('property' in m ? m.property : m.name) === key).map((m) => m.content);
const context = { pathname: '/blog/x', origin: 'https://example.test' };

describe('documentTitle and canonicalUrl', () => {
  it('appends the site name, except on the home page', () => {
    expect(documentTitle('Courses')).toBe(`Courses | ${site.name}`);
    expect(documentTitle(site.name)).toBe(`${site.name}: ${site.tagline}`);
  });

  it('gives one absolute URL per page: trailing slash, no query or fragment; files keep their name', () => {
    expect(canonicalUrl('/blog/x?utm=1#top', 'https://example.test')).toBe('https://example.test/blog/x/');
    expect(canonicalUrl('/404.html', 'https://example.test')).toBe('https://example.test/404.html');
    expect(canonicalUrl('/site/404', 'https://example.test', '/site/')).toBe('https://example.test/site/404.html');
    expect(canonicalUrl('/blog/tags/404', 'https://example.test')).toBe('https://example.test/blog/tags/404/');
  });
});

describe('headData', () => {
  const page: PageMeta = { title: 'X', description: 'About x' };

  it('prints the Open Graph and Twitter tags every page needs, with the default card', () => {
    const { meta, robots, canonical } = headData(page, context);
    const image = defaultSocialImage();
    expect(canonical).toBe('https://example.test/blog/x/');
    expect(robots).toBeUndefined();
    expect(content(meta, 'og:type')).toEqual(['website']);
    expect(content(meta, 'og:url')).toEqual([canonical]);
    expect(content(meta, 'og:title')).toEqual(['X']);
    expect(content(meta, 'og:description')).toEqual(['About x']);
    expect(content(meta, 'og:site_name')).toEqual([site.name]);
    expect(content(meta, 'og:image')).toEqual([`https://example.test${image.url}`]);
    expect(content(meta, 'og:image:width')).toEqual(['1200']);
    expect(content(meta, 'og:image:height')).toEqual(['630']);
    expect(content(meta, 'og:image:alt')).toEqual([image.alt]);
    expect(content(meta, 'twitter:card')).toEqual(['summary_large_image']);
    expect(content(meta, 'article:published_time')).toEqual([]);
  });

  it('adds the article tags to article pages', () => {
    const published = new Date('2026-11-24T00:00:00Z');
    const modified = new Date('2026-12-01T00:00:00Z');
    const { meta } = headData(
      { ...page, type: 'article', article: { published, modified, tags: ['sql', 'apis'], authorUrl: 'https://example.test/authors/a/' } },
      context,
    );
    expect(content(meta, 'og:type')).toEqual(['article']);
    expect(content(meta, 'article:published_time')).toEqual([isoDateTime(published)]);
    expect(content(meta, 'article:modified_time')).toEqual([isoDateTime(modified)]);
    expect(content(meta, 'article:tag')).toEqual(['sql', 'apis']);
    expect(content(meta, 'article:author')).toEqual(['https://example.test/authors/a/']);
  });

  it('uses the page image when it has one and keeps noindex pages out of indexes', () => {
    const image = { url: '/_astro/cover.jpg', width: 1200, height: 630, alt: 'A cover', type: 'image/jpeg' };
    const head = headData({ ...page, image, noindex: true }, context);
    expect(content(head.meta, 'og:image')).toEqual(['https://example.test/_astro/cover.jpg']);
    expect(content(head.meta, 'og:image:type')).toEqual(['image/jpeg']);
    expect(head.robots).toBe('noindex, follow');
  });

  it('puts the default card under the base path of a sub-folder deploy', () => {
    expect(defaultSocialImage('/site/').url).toBe('/site/og/home.png');
  });
});

describe('headData in several languages', () => {
  const page: PageMeta = { title: 'Courses', description: 'd', languages: ['en', 'gu', 'hi'] };
  const values = (meta: MetaTag[], key: string) => meta.filter((m) => 'property' in m && m.property === key).map((m) => m.content);

  it('reads the language from the URL and lists every version with x-default to English', () => {
    const head = headData(page, { pathname: '/site/gu/courses/', origin: 'https://example.test', basePath: '/site/' });
    expect(head.language).toBe('gu');
    expect(head.alternates).toEqual([
      { hreflang: 'en', href: 'https://example.test/site/courses/' },
      { hreflang: 'gu', href: 'https://example.test/site/gu/courses/' },
      { hreflang: 'hi', href: 'https://example.test/site/hi/courses/' },
      { hreflang: 'x-default', href: 'https://example.test/site/courses/' },
    ]);
    expect(values(head.meta, 'og:locale')).toEqual(['gu_IN']);
    expect(values(head.meta, 'og:locale:alternate')).toEqual(['en_IN', 'hi_IN']);
  });

  it('gives a page in one language, or one kept out of indexes, no alternates', () => {
    expect(headData({ title: 'x', description: 'd' }, { pathname: '/blog/x/', origin: 'https://example.test' }).alternates).toEqual([]);
    expect(headData({ ...page, noindex: true }, { pathname: '/hi/courses/', origin: 'https://example.test' }).alternates).toEqual([]);
  });

  it("titles a language's home page with its own tagline and writes each language's 404 as a file", () => {
    expect(headData({ title: 'VTechLabs', description: 'd' }, { pathname: '/hi/', origin: 'https://example.test' }).title).toMatch(
      /^VTechLabs: \p{Script=Devanagari}/u,
    );
    expect(canonicalUrl('/gu/404', 'https://example.test')).toBe('https://example.test/gu/404.html');
    expect(canonicalUrl('/blog/404/', 'https://example.test')).toBe('https://example.test/blog/404/');
  });
});
