/**
 * One build of a copy of the site with translation fixtures
 * (tests/fixtures/translations/): a Gujarati article, a Hindi course, a
 * Gujarati learning path, and two English articles whose names start like
 * "gu" and "hi". The copy's own translations are removed first, so these are
 * the only ones and each language lacks something: translated pages exist
 * only where a translation does, in their language, with alternates, the
 * translation note, structured data, listings, feeds and the sitemap.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryOf } from '../../src/lib/i18n/index.ts';
import { translationLanguageCodes } from '../../src/lib/i18n/languages.ts';
import { allPages, text, type BuiltPage } from '../support/dist.ts';
import {
  alternateProblems,
  headAlternates,
  langMismatches,
  ogLocaleProblems,
  sitemapAlternateProblems,
  sitemapUrls,
  switchProblems,
  urlLanguage,
  type SitemapUrl,
} from '../support/languages.ts';
import { jsonLdBlocks, metaValues, origin } from '../support/seo.ts';
import { copySite, removeCopy, root, runBuild, type BuildResult } from '../support/site.ts';

const ARTICLE = 'how-to-become-a-backend-developer';
const COURSE = 'backend-development';
const PATH = 'how-to-become-a-backend-developer';

let dir = '';
let build: BuildResult;
let pages: BuiltPage[] = [];
let sitemap: SitemapUrl[] = [];
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return found;
};
const built = (path: string) => pages.some((p) => p.path === path);
const hreflangs = (path: string) => Object.fromEntries(headAlternates(page(path)).map((a) => [a.hreflang, a.href]));

beforeAll(async () => {
  dir = await copySite();
  for (const collection of ['articles', 'courses', 'paths']) {
    for (const code of translationLanguageCodes) await rm(join(dir, 'content', collection, code), { recursive: true, force: true });
  }
  // Their pages leave the copy on purpose: the copy's list of published URLs forgets them (as `npm run urls:update` would).
  const published = join(dir, 'published-urls.txt');
  const prefixes = translationLanguageCodes.map((code) => `/${code}/`);
  const kept = (await readFile(published, 'utf8')).split('\n').filter((line) => !prefixes.some((prefix) => line.startsWith(prefix)));
  await writeFile(published, kept.join('\n'));
  await cp(join(root, 'tests/fixtures/translations/content'), join(dir, 'content'), { recursive: true });
  build = await runBuild(dir);
  if (build.code !== 0) return;
  pages = await allPages(join(dir, 'dist'));
  sitemap = await sitemapUrls(join(dir, 'dist'));
});

afterAll(() => removeCopy(dir));

describe('a build with translations', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('publishes a translated page only in the languages it is translated into', () => {
    expect(built(`/gu/blog/${ARTICLE}/`)).toBe(true);
    expect(built(`/hi/blog/${ARTICLE}/`)).toBe(false);
    expect(built(`/hi/courses/${COURSE}/`)).toBe(true);
    expect(built(`/gu/courses/${COURSE}/`)).toBe(false);
    expect(built(`/gu/paths/${PATH}/`)).toBe(true);
    expect(built(`/hi/paths/${PATH}/`)).toBe(false);
    // No fallback: an article with no translation has no Gujarati page.
    expect(built('/gu/blog/what-is-a-rest-api/')).toBe(false);
  });

  it('keeps an English file whose name starts like a language code English, at its own URL (Astro issue 14359)', () => {
    for (const path of ['/blog/guide-to-http-status-codes/', '/blog/hiring-backend-developers/']) {
      expect(page(path).doc.querySelector('html')?.getAttribute('lang'), path).toBe('en');
      expect(headAlternates(page(path)), path).toEqual([]);
    }
    expect(pages.some((p) => p.path.startsWith('/gu/blog/guide') || p.path.startsWith('/hi/blog/hiring'))).toBe(false);
  });

  it('keeps every page in the language of its URL, alternates reciprocal, sitemap equal to the heads', () => {
    expect(langMismatches(pages)).toEqual([]);
    expect(alternateProblems(pages, join(dir, 'dist'))).toEqual([]);
    expect(ogLocaleProblems(pages)).toEqual([]);
    expect(switchProblems(pages)).toEqual([]);
    expect(sitemapAlternateProblems(sitemap, pages)).toEqual([]);
  });

  it('names exactly the versions that exist, with x-default to English', () => {
    expect(hreflangs(`/blog/${ARTICLE}/`)).toEqual({
      en: `${origin}/blog/${ARTICLE}/`,
      gu: `${origin}/gu/blog/${ARTICLE}/`,
      'x-default': `${origin}/blog/${ARTICLE}/`,
    });
    expect(hreflangs(`/gu/blog/${ARTICLE}/`)).toEqual(hreflangs(`/blog/${ARTICLE}/`));
    expect(Object.keys(hreflangs(`/hi/courses/${COURSE}/`)).sort()).toEqual(['en', 'hi', 'x-default']);
    // A Gujarati article's page has its language's canonical, og:locale and alternate.
    const gu = page(`/gu/blog/${ARTICLE}/`);
    expect(gu.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}/gu/blog/${ARTICLE}/`);
    expect(metaValues(gu.doc, 'og:locale')).toEqual(['gu_IN']);
    expect(metaValues(gu.doc, 'og:locale:alternate')).toEqual(['en_IN']);
    const sitemapEntry = sitemap.find((u) => u.loc === `${origin}/gu/blog/${ARTICLE}/`);
    expect(sitemapEntry?.links.map((l) => l.hreflang).sort()).toEqual(['en', 'gu', 'x-default']);
  });

  it('says a translated page is a translation and links to the English original', () => {
    for (const path of [`/gu/blog/${ARTICLE}/`, `/hi/courses/${COURSE}/`, `/gu/paths/${PATH}/`]) {
      const note = page(path).doc.querySelector('[data-translation-note]');
      expect(text(note), path).toContain(dictionaryOf(urlLanguage(path) as 'gu' | 'hi').translation.note);
      const link = note?.querySelector('a');
      expect(link?.getAttribute('href')).toBe(path.replace(/^\/(gu|hi)/, ''));
      expect(link?.getAttribute('hreflang')).toBe('en');
    }
    expect(page(`/blog/${ARTICLE}/`).doc.querySelector('[data-translation-note]')).toBeNull();
  });

  it('links the versions in structured data: translationOfWork on the translation, workTranslation on the original', () => {
    const posting = (path: string) => jsonLdBlocks(page(path).doc).find((b) => b['@type'] === 'BlogPosting')!;
    const gu = posting(`/gu/blog/${ARTICLE}/`);
    expect(gu['inLanguage']).toBe('gu');
    expect(gu['translationOfWork']).toMatchObject({ '@id': `${origin}/blog/${ARTICLE}/#article`, inLanguage: 'en' });
    const en = posting(`/blog/${ARTICLE}/`);
    expect(en['inLanguage']).toBe('en');
    expect(en['workTranslation']).toEqual([expect.objectContaining({ '@id': `${origin}/gu/blog/${ARTICLE}/#article`, inLanguage: 'gu' })]);
    const course = jsonLdBlocks(page(`/hi/courses/${COURSE}/`).doc).find((b) => b['@type'] === 'Course')!;
    expect(course['inLanguage']).toBe('hi');
    expect(course['translationOfWork']).toMatchObject({ '@id': `${origin}/courses/${COURSE}/#course` });
  });

  it("shows the original's facts with the translation's text", () => {
    const course = page(`/hi/courses/${COURSE}/`);
    expect(text(course.doc.querySelector('h1'))).toBe('बैकएंड डेवलपमेंट (टेस्ट फ़िक्स्चर)');
    expect(text(course.doc.querySelector('#facts-heading'))).toBe(dictionaryOf('hi').course.keyFacts);
    const path = page(`/gu/paths/${PATH}/`);
    expect(path.doc.querySelectorAll('ol > li > h2').length).toBe(7);
    // Step 1's article is not translated: listed in English, and said to be.
    const english = path.doc.querySelector('ol h3[lang="en"] a');
    expect(english?.getAttribute('hreflang')).toBe('en');
    expect(english?.getAttribute('href')).toMatch(/^\/blog\//);
    // The overview is translated: linked in Gujarati.
    expect(path.doc.querySelector(`a[href="/gu/blog/${ARTICLE}/"]`)).not.toBeNull();
  });

  it('counts reading time and writes dates in the page’s language', () => {
    const meta = text(page(`/gu/blog/${ARTICLE}/`).doc.querySelector('article header [data-pagefind-ignore]'));
    expect(meta).toContain(dictionaryOf('gu').article.minRead(1));
    expect(meta).toContain(
      new Intl.DateTimeFormat('gu-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Kolkata' }).format(
        new Date('2026-11-25T12:00:00+05:30'),
      ),
    );
  });

  it("lists a language's own content, topics included, and links to the English list", () => {
    const blog = page('/gu/blog/');
    expect(blog.doc.querySelectorAll('main article h2 a').map((a) => a.getAttribute('href'))).toEqual([`/gu/blog/${ARTICLE}/`]);
    expect(built('/gu/blog/tags/careers/')).toBe(true);
    expect(built('/gu/blog/tags/rest/')).toBe(false);
    expect(page('/hi/blog/').doc.querySelector('[data-more-in-english]')).not.toBeNull();
    expect(
      page('/hi/courses/')
        .doc.querySelectorAll('main article h2 a')
        .map((a) => a.getAttribute('href')),
    ).toEqual([`/hi/courses/${COURSE}/`]);
  });

  it("puts a language's articles in its own feed only", async () => {
    const gu = parseFeed(await readFile(join(dir, 'dist/gu/rss.xml'), 'utf8'));
    expect(gu.items.map((i) => i.url)).toEqual([`${origin}/gu/blog/${ARTICLE}/`]);
    const en = parseFeed(await readFile(join(dir, 'dist/rss.xml'), 'utf8'));
    expect(en.items.some((i) => i.url?.includes('/gu/'))).toBe(false);
    const hi = parseFeed(await readFile(join(dir, 'dist/hi/rss.xml'), 'utf8'));
    expect(hi.items).toEqual([]);
  });
});
