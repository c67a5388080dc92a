/**
 * Search in the built HTML: what Pagefind indexes (only article, course and
 * learning-path bodies, with their filters and metadata), the header control, the search
 * page's no-JavaScript fallback, and the OpenSearch description.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, readPage, text, type BuiltPage } from '../support/dist.ts';
import { distDir } from '../support/site.ts';
import { site } from '../../src/site.config.ts';
import { inLanguage, splitPathLanguage } from '../../src/lib/urls/paths.ts';
import { dictionaryOf } from '../../src/lib/i18n/index.ts';

let pages: BuiltPage[];
beforeAll(async () => {
  pages = await allPages();
});

const isArticle = (path: string) => /^\/blog\/(?!tags\/)(?!\d+\/)[^/]+\/$/.test(path);
const isCourse = (path: string) => /^\/courses\/[^/]+\/$/.test(path);
const isPath = (path: string) => /^\/paths\/[^/]+\/$/.test(path);
const bodyOf = (page: BuiltPage) => page.doc.querySelector('[data-pagefind-body]');
const filterValues = (page: BuiltPage, name: string) => page.doc.querySelectorAll(`[data-pagefind-filter="${name}"]`).map((el) => text(el));

describe('what the search index holds', () => {
  it('marks exactly the article, course and learning-path pages as search results', () => {
    const results = pages.filter(bodyOf).map((p) => p.path);
    // In every language: /gu/blog/x/ is an article as /blog/x/ is.
    const shared = (path: string) => splitPathLanguage(path).sharedPath;
    const expected = pages.map((p) => p.path).filter((p) => isArticle(shared(p)) || isCourse(shared(p)) || isPath(shared(p)));
    expect(expected.filter((p) => splitPathLanguage(p).language !== 'en').length).toBeGreaterThan(0);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.filter(isPath).length).toBeGreaterThan(0);
    expect(results).toEqual(expected);
    for (const path of ['/404.html', '/search/', '/blog/', '/blog/tags/', '/courses/', '/paths/', '/']) {
      expect(results, path).not.toContain(path);
    }
  });

  it('indexes every result page and nothing else', async () => {
    const entry = JSON.parse(await readFile(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    expect(indexed).toBe(pages.filter(bodyOf).length);
    expect((await stat(join(distDir, 'pagefind/pagefind.js'))).isFile()).toBe(true);
  });

  it('gives articles the Article type, their tags as filters and a date', () => {
    for (const page of pages.filter((p) => isArticle(p.path))) {
      expect(filterValues(page, 'type'), page.path).toEqual(['Article']);
      const shownTags = page.doc.querySelectorAll('article header a[href*="/blog/tags/"]').map((a) => text(a).replace(/^#/, '').replace(/ /g, '-'));
      expect(filterValues(page, 'tag'), page.path).toEqual(shownTags);
      const published = page.doc.querySelector('article header time')?.getAttribute('datetime');
      expect(text(page.doc.querySelector('[data-pagefind-meta="date"]')), page.path).toBe(published);
    }
  });

  it('gives courses the Course type and their level and mode as filters', () => {
    for (const page of pages.filter((p) => isCourse(p.path))) {
      expect(filterValues(page, 'type'), page.path).toEqual(['Course']);
      const facts = Object.fromEntries(
        page.doc.querySelectorAll('dl > div').map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd')).toLowerCase()]),
      );
      const [level] = filterValues(page, 'level');
      const [mode] = filterValues(page, 'mode');
      expect(facts['Level'], page.path).toBe(level);
      expect(facts['Mode'], page.path).toContain(mode);
      expect(filterValues(page, 'tag'), page.path).toEqual([]);
    }
  });

  it('gives learning paths the Path type, offered by the type filter, and the day they last changed', async () => {
    for (const page of pages.filter((p) => isPath(p.path))) {
      expect(filterValues(page, 'type'), page.path).toEqual(['Path']);
      expect(filterValues(page, 'tag'), page.path).toEqual([]);
      const updated = page.doc
        .querySelectorAll('p')
        .find((p) => text(p).startsWith('Last updated'))
        ?.querySelector('time')
        ?.getAttribute('datetime');
      expect(updated, page.path).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(text(page.doc.querySelector('[data-pagefind-meta="date"]')), page.path).toBe(updated);
    }
    const { html } = JSON.parse(await readFile(join(distDir, 'search-dialog.json'), 'utf8')) as { html: string };
    const types = parse(html)
      .querySelectorAll('input[name="type"]')
      .map((input) => input.getAttribute('value'));
    expect(types).toEqual(['', 'Article', 'Course', 'Path']);
  });

  it('leaves table of contents (and the "Contents" toggle around it), call-to-action cards, related lists, heading anchors and filter labels out of the text', () => {
    for (const page of pages.filter(bodyOf)) {
      const body = bodyOf(page)!;
      const ignored = (el: { closest: (s: string) => unknown }) => el.closest('[data-pagefind-ignore]') !== null;
      const tocToggles = body.querySelectorAll('details').filter((d) => d.querySelector('nav'));
      for (const el of [...body.querySelectorAll('nav, aside, a.heading-anchor, [data-pagefind-filter], [data-pagefind-meta]'), ...tocToggles]) {
        expect(ignored(el), `${page.path}: <${el.tagName.toLowerCase()}> ${text(el).slice(0, 40)}`).toBe(true);
      }
      expect(page.doc.querySelector('h1')?.getAttribute('data-pagefind-weight'), page.path).toBe('10');
    }
  });
});

describe('search before it is used', () => {
  it('references no Pagefind file from any page', () => {
    for (const page of pages) {
      const urls = page.doc.querySelectorAll('[src], [href]').map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
      expect(
        urls.filter((u) => u.includes('pagefind')),
        page.path,
      ).toEqual([]);
      const inline = page.doc
        .querySelectorAll('script')
        .map((s) => s.textContent)
        .join('\n');
      expect(inline, page.path).not.toContain('pagefind');
    }
  });

  it("gives every page a header link to its language's search page with its shortcuts, and the OpenSearch link", () => {
    for (const page of pages) {
      const { language } = splitPathLanguage(page.path);
      const button = page.doc.querySelector('header a[data-search-open]');
      expect(button?.getAttribute('href'), page.path).toBe(inLanguage('/search/', language));
      expect(button?.getAttribute('aria-keyshortcuts'), page.path).toContain('Control+K');
      expect(text(button), page.path).toContain(dictionaryOf(language).searchUi.search);
      const link = page.doc.querySelector('head link[rel="search"]');
      expect(link?.getAttribute('type'), page.path).toBe('application/opensearchdescription+xml');
      expect(link?.getAttribute('href'), page.path).toBe('/opensearch.xml');
    }
  });

  it('leaves the dialog out of every page: /search-dialog.json holds its markup, fetched on first use', async () => {
    for (const page of pages) expect(page.doc.querySelector('#search-dialog'), page.path).toBeNull();
    const { html } = JSON.parse(await readFile(join(distDir, 'search-dialog.json'), 'utf8')) as { html: string };
    const dialog = parse(html).querySelector('dialog#search-dialog');
    expect(dialog?.querySelector('form[role="search"][action="/search/"] [data-search-input]')).toBeTruthy();
    expect(dialog?.querySelector('[data-search-close]')).toBeTruthy();
    expect(dialog?.querySelectorAll('[data-search-suggestions] a[href^="/blog/tags/"]').length).toBeGreaterThan(0);
  });
});

describe('the search page', () => {
  it('is kept out of search engines and says, without JavaScript, where to go instead', async () => {
    const page = await readPage('/search/');
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    const noscript = parseNoscript(page);
    expect(noscript).toContain('needs JavaScript');
    expect(noscript).toContain('href="/courses/"');
    expect(noscript).toContain('href="/blog/tags/"');
    expect(page.doc.querySelector('[data-search-page] form[role="search"]')?.getAttribute('action')).toBe('/search/');
  });
});

/** <noscript> content is raw text to an HTML parser with scripting on. */
function parseNoscript(page: BuiltPage): string {
  return page.doc
    .querySelectorAll('noscript')
    .map((n) => n.innerHTML)
    .join('\n');
}

describe('OpenSearch description', () => {
  it('names the site and sends searches to /search/?q=', async () => {
    const xml = await readFile(join(distDir, 'opensearch.xml'), 'utf8');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).OpenSearchDescription;
    expect(doc.ShortName).toBe(site.name);
    const html = (doc.Url as { type: string; template: string }[]).find((u) => u.type === 'text/html');
    expect(html?.template).toBe(`${site.url}/search/?q={searchTerms}`);
  });
});
