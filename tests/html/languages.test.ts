/**
 * Languages on the built site (dist/): every page's <html lang>, hreflang
 * alternates in the head and the sitemap, Open Graph locales, the language
 * switch, each language's 404 page, feed and llms.txt section. Translated
 * articles, courses and paths are checked on a build with translation
 * fixtures (tests/build/translations-fixture.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { dictionaryOf } from '../../src/lib/i18n/index.ts';
import { languageOf, translationLanguageCodes } from '../../src/lib/i18n/languages.ts';
import { allPages, text } from '../support/dist.ts';
import {
  alternateProblems,
  headAlternates,
  langMismatches,
  ogLocaleProblems,
  sitemapAlternateProblems,
  sitemapUrls,
  switchProblems,
  urlLanguage,
} from '../support/languages.ts';
import { metaValues, origin } from '../support/seo.ts';
import { distDir } from '../support/site.ts';

const pages = await allPages();
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return found;
};
const sitemap = await sitemapUrls(distDir);

describe('languages on every built page', () => {
  it('builds Gujarati and Hindi pages beside the English ones', () => {
    for (const code of translationLanguageCodes) {
      for (const path of ['/', '/blog/', '/blog/tags/', '/courses/', '/paths/', '/about/', '/search/'])
        expect(
          pages.some((p) => p.path === `/${code}${path}`),
          `/${code}${path}`,
        ).toBe(true);
    }
  });

  it('gives every page the <html lang> of its URL', () => {
    expect(langMismatches(pages)).toEqual([]);
  });

  it('lists alternates that exist, include the page itself, link back, and share one x-default', () => {
    expect(pages.filter((p) => headAlternates(p).length > 0).length).toBeGreaterThan(10);
    expect(alternateProblems(pages)).toEqual([]);
  });

  it('gives a page that exists in one language no alternates', () => {
    for (const path of ['/authors/', '/authors/vtechlabs-faculty/', '/blog/what-is-a-rest-api/']) expect(headAlternates(page(path)), path).toEqual([]);
  });

  it('names the Open Graph locale of each page and of its other versions', () => {
    expect(ogLocaleProblems(pages)).toEqual([]);
  });

  it('has a language switch on every page leading to this page in each language, or to its home page', () => {
    expect(switchProblems(pages)).toEqual([]);
    // Said plainly, in the other language, when the page has no version there.
    const toGujarati = page('/blog/what-is-a-rest-api/').doc.querySelector('header nav li[lang="gu"] a');
    expect(toGujarati?.getAttribute('href')).toBe('/gu/');
    expect(text(toGujarati)).toBe(dictionaryOf('gu').languageSwitch.homeInstead);
  });

  it('writes the interface of a Gujarati or Hindi page in its language', () => {
    for (const code of translationLanguageCodes) {
      const home = page(`/${code}/`);
      expect(text(home.doc.querySelector('h1'))).toBe(dictionaryOf(code).home.heading);
      expect(home.doc.querySelector('header nav a[aria-current]') ?? home.doc.querySelector(`header nav a[href="/${code}/courses/"]`)).not.toBeNull();
      expect(text(page(`/${code}/about/`).doc.querySelector('#teach-heading'))).toBe(dictionaryOf(code).about.howWeTeach);
    }
  });

  it('links each listing in another language to the English listing for the rest', () => {
    for (const code of translationLanguageCodes) {
      for (const [path, english] of [
        ['/blog/', '/blog/'],
        ['/courses/', '/courses/'],
        ['/paths/', '/paths/'],
      ] as const) {
        const note = page(`/${code}${path}`).doc.querySelector('[data-more-in-english] a');
        expect(note?.getAttribute('href'), `/${code}${path}`).toBe(english);
        expect(note?.getAttribute('hreflang')).toBe('en');
      }
    }
  });
});

describe('each language’s 404 page', () => {
  it('is a file of its own, in its language, kept out of indexes and the sitemap', () => {
    for (const code of translationLanguageCodes) {
      const notFound = page(`/${code}/404.html`);
      expect(notFound.doc.querySelector('html')?.getAttribute('lang')).toBe(code);
      expect(text(notFound.doc.querySelector('h1'))).toBe(dictionaryOf(code).notFound.title);
      expect(metaValues(notFound.doc, 'robots').join()).toContain('noindex');
      expect(notFound.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}/${code}/404.html`);
    }
    expect(sitemap.map((u) => u.loc).filter((loc) => loc.includes('404'))).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('repeats each page’s hreflang alternates, x-default included', () => {
    expect(sitemap.some((u) => u.links.some((l) => l.hreflang === 'x-default'))).toBe(true);
    expect(sitemapAlternateProblems(sitemap, pages)).toEqual([]);
  });

  it('lists no fallback: every Gujarati or Hindi URL is a page in that language', () => {
    const translated = sitemap.filter((u) => urlLanguage(new URL(u.loc).pathname) !== 'en');
    expect(translated.length).toBeGreaterThan(0);
    for (const url of translated) {
      const built = page(new URL(url.loc).pathname);
      expect(built.doc.querySelector('html')?.getAttribute('lang'), url.loc).toBe(urlLanguage(built.path));
    }
  });
});

describe('feeds and llms.txt', () => {
  it('has a feed per language, in that language', async () => {
    for (const code of translationLanguageCodes) {
      const feed = parseFeed(await readFile(join(distDir, code, 'rss.xml'), 'utf8'));
      expect(feed.meta.type).toBe('rss');
      expect(feed.language).toBe(languageOf(code).locale);
      expect(feed.url).toBe(`${origin}/${code}/`);
      expect(feed.items.every((item) => item.url?.startsWith(`${origin}/${code}/blog/`))).toBe(true);
      expect(page(`/${code}/`).doc.querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(`${origin}/${code}/rss.xml`);
    }
  });

  it('lists every language in llms.txt', async () => {
    const llms = await readFile(join(distDir, 'llms.txt'), 'utf8');
    for (const code of translationLanguageCodes) {
      expect(llms).toContain(`## In ${languageOf(code).englishName} (${languageOf(code).nativeName}`);
      expect(llms).toContain(`(${origin}/${code}/)`);
    }
  });
});
