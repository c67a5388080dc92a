/**
 * What a built site says about its languages, read back with independent
 * parsers (node-html-parser for pages, fast-xml-parser for the sitemap), and
 * the rules it must keep, each returning the pages that break it ("path: what"),
 * so a failing test names them. Used on dist/ and on the translation fixture build.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { languageCodes, translationLanguageCodes } from '../../src/lib/i18n/languages.ts';
import type { BuiltPage } from './dist.ts';
import { distFileFor, existsInDist, metaValues, origin } from './seo.ts';

/** The language a site path is in, by its first segment only ("/guide/" is English). */
export function urlLanguage(path: string): string {
  const first = path.split('/')[1] ?? '';
  return (translationLanguageCodes as readonly string[]).includes(first) ? first : 'en';
}

export interface Alternate {
  hreflang: string;
  href: string;
}

export function headAlternates(page: BuiltPage): Alternate[] {
  return page.doc
    .querySelectorAll('head link[rel="alternate"][hreflang]')
    .map((l) => ({ hreflang: l.getAttribute('hreflang') ?? '', href: l.getAttribute('href') ?? '' }));
}

const key = (alternates: readonly Alternate[]) =>
  alternates
    .map((a) => `${a.hreflang} ${a.href}`)
    .sort()
    .join('\n');

const pathOf = (url: string) => new URL(url).pathname;

/** <html lang> is the language of the page's URL. */
export function langMismatches(pages: readonly BuiltPage[]): string[] {
  return pages
    .filter((p) => p.doc.querySelector('html')?.getAttribute('lang') !== urlLanguage(p.path))
    .map((p) => `${p.path}: lang="${p.doc.querySelector('html')?.getAttribute('lang')}"`);
}

/**
 * Each alternate exists, the group lists the page itself, every member lists
 * exactly the same group (so each links back), x-default is the English
 * version, and only known languages are named.
 */
export function alternateProblems(pages: readonly BuiltPage[], root?: string): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems: string[] = [];
  for (const page of pages) {
    const alternates = headAlternates(page);
    if (alternates.length === 0) continue;
    const self = `${origin}${page.path}`;
    const languages = alternates.filter((a) => a.hreflang !== 'x-default');
    const xDefault = alternates.filter((a) => a.hreflang === 'x-default');
    if (!languages.some((a) => a.href === self && a.hreflang === urlLanguage(page.path))) problems.push(`${page.path}: does not list itself`);
    if (languages.length < 2) problems.push(`${page.path}: alternates for one language only`);
    if (xDefault.length !== 1 || xDefault[0]!.href !== languages.find((a) => a.hreflang === 'en')?.href)
      problems.push(`${page.path}: x-default is not its English version`);
    for (const a of alternates) {
      if (a.hreflang !== 'x-default' && !(languageCodes as readonly string[]).includes(a.hreflang))
        problems.push(`${page.path}: unknown hreflang ${a.hreflang}`);
      if (!existsInDist(a.href, root)) problems.push(`${page.path}: alternate ${a.href} is not built`);
      const other = byPath.get(pathOf(a.href));
      if (other && key(headAlternates(other)) !== key(alternates)) problems.push(`${page.path}: ${other.path} lists other alternates`);
    }
    if (new Set(languages.map((a) => a.hreflang)).size !== languages.length) problems.push(`${page.path}: a language listed twice`);
  }
  return problems;
}

export interface SitemapUrl {
  loc: string;
  links: Alternate[];
}

const sitemapXml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

/** Every <url> of the sitemap with its xhtml:link alternates. */
export async function sitemapUrls(root: string): Promise<SitemapUrl[]> {
  const index = sitemapXml.parse(await readFile(join(root, 'sitemap-index.xml'), 'utf8')) as { sitemapindex: { sitemap: { loc: string }[] } };
  const urls: SitemapUrl[] = [];
  for (const { loc } of index.sitemapindex.sitemap) {
    const file = distFileFor(loc, root);
    if (!file) throw new Error(`sitemap ${loc} is not on ${origin}`);
    const parsed = sitemapXml.parse(await readFile(file, 'utf8')) as {
      urlset: { url: { loc: string; 'xhtml:link'?: { rel: string; hreflang: string; href: string }[] }[] };
    };
    for (const url of parsed.urlset.url) {
      urls.push({ loc: url.loc, links: (url['xhtml:link'] ?? []).filter((l) => l.rel === 'alternate').map((l) => ({ hreflang: l.hreflang, href: l.href })) });
    }
  }
  return urls;
}

/** The sitemap's alternates of each URL are exactly its page's head alternates. */
export function sitemapAlternateProblems(urls: readonly SitemapUrl[], pages: readonly BuiltPage[]): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  return urls.flatMap((url) => {
    const page = byPath.get(pathOf(url.loc));
    if (!page) return [`${url.loc}: no page`];
    return key(url.links) === key(headAlternates(page)) ? [] : [`${url.loc}: sitemap alternates differ from the page's head`];
  });
}

/** Open Graph locales: the page's own, and one alternate per other version it has. */
export function ogLocaleProblems(pages: readonly BuiltPage[]): string[] {
  const locale = (language: string) => ({ en: 'en_IN', gu: 'gu_IN', hi: 'hi_IN' })[language];
  return pages.flatMap((page) => {
    const own = metaValues(page.doc, 'og:locale');
    const alternates = metaValues(page.doc, 'og:locale:alternate').sort();
    const versions = headAlternates(page)
      .filter((a) => a.hreflang !== 'x-default' && a.hreflang !== urlLanguage(page.path))
      .map((a) => locale(a.hreflang))
      .sort();
    const problems: string[] = [];
    if (own.length !== 1 || own[0] !== locale(urlLanguage(page.path))) problems.push(`${page.path}: og:locale ${own.join(', ')}`);
    if (headAlternates(page).length > 0 && alternates.join() !== versions.join()) problems.push(`${page.path}: og:locale:alternate ${alternates.join(', ')}`);
    return problems;
  });
}

/**
 * The language switch: for every other language, one link (with lang and
 * hreflang) to this page's version there when the page has one (an hreflang
 * alternate, or the same path for a page kept out of indexes), else to that language's home page.
 */
export function switchProblems(pages: readonly BuiltPage[]): string[] {
  return pages.flatMap((page) => {
    const own = urlLanguage(page.path);
    const items = page.doc.querySelectorAll('header nav li[lang]');
    const versions = new Map(headAlternates(page).map((a) => [a.hreflang, pathOf(a.href)]));
    const problems: string[] = [];
    const others = languageCodes.filter((code) => code !== own);
    if (items.map((li) => li.getAttribute('lang')).join() !== others.join())
      problems.push(`${page.path}: switch lists ${items.map((li) => li.getAttribute('lang')).join()}`);
    for (const li of items) {
      const code = li.getAttribute('lang') ?? '';
      const link = li.querySelector('a');
      const target = link?.getAttribute('href') ?? '';
      if (link?.getAttribute('hreflang') !== code) problems.push(`${page.path}: switch link to ${code} has no hreflang`);
      const home = code === 'en' ? '/' : `/${code}/`;
      const expected = versions.get(code) ?? home;
      if (versions.size > 0 && target !== expected) problems.push(`${page.path}: switch to ${code} leads to ${target}, not ${expected}`);
      if (versions.size === 0 && target !== home && urlLanguage(target) !== code) problems.push(`${page.path}: switch to ${code} leads to ${target}`);
    }
    return problems;
  });
}
