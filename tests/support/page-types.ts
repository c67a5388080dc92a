/**
 * Every kind of page the site builds, recognised by its path. The audits
 * (axe, CSP, budgets, Lighthouse) run on one page of each type in each
 * language, so a new kind of page must be added here: `pageTypes()` fails on
 * any built page that matches no type, naming it. A page under a language
 * prefix (`/gu/blog/x/`) has the type of the same path without it.
 */
import { translationLanguageCodes, defaultLanguage, type LanguageCode } from '../../src/lib/i18n/languages.ts';
import { allPages, type BuiltPage } from './dist.ts';

export interface PageType {
  name: string;
  pattern: RegExp;
}

/** First match wins, so specific patterns come before the catch-alls of a section. */
export const PAGE_TYPES: PageType[] = [
  { name: 'home', pattern: /^\/$/ },
  { name: 'blog list', pattern: /^\/blog\/(\d+\/)?$/ },
  { name: 'tag list', pattern: /^\/blog\/tags\/$/ },
  { name: 'tag', pattern: /^\/blog\/tags\/[^/]+\/(\d+\/)?$/ },
  { name: 'article', pattern: /^\/blog\/[^/]+\/$/ },
  { name: 'course list', pattern: /^\/courses\/$/ },
  { name: 'course', pattern: /^\/courses\/[^/]+\/$/ },
  { name: 'path list', pattern: /^\/paths\/$/ },
  { name: 'path', pattern: /^\/paths\/[^/]+\/$/ },
  { name: 'author list', pattern: /^\/authors\/$/ },
  { name: 'author', pattern: /^\/authors\/[^/]+\/$/ },
  { name: 'about', pattern: /^\/about\/$/ },
  { name: 'search', pattern: /^\/search\/$/ },
  { name: 'enquiry thanks', pattern: /^\/enquiry\/thanks\/$/ },
  { name: '404', pattern: /^\/404\.html$/ },
];

/** A built page's language, read from its URL path ("/gu/blog/x/" is Gujarati), and the path without the prefix. */
export function splitLanguagePath(path: string): { language: LanguageCode; path: string } {
  for (const code of translationLanguageCodes) {
    if (path === `/${code}/` || path.startsWith(`/${code}/`)) return { language: code, path: path.slice(code.length + 1) };
  }
  return { language: defaultLanguage.code, path };
}

export function pageTypeOf(path: string): PageType | undefined {
  const unprefixed = splitLanguagePath(path).path;
  return PAGE_TYPES.find((t) => t.pattern.test(unprefixed));
}

export interface TypedPages {
  type: PageType;
  /** Every page of this type, in every language. */
  pages: BuiltPage[];
}

/** The built pages grouped by type, in PAGE_TYPES order; throws on a page of no known type. */
export async function pagesByType(): Promise<TypedPages[]> {
  const pages = await allPages();
  const unknown = pages.filter((p) => !pageTypeOf(p.path)).map((p) => p.path);
  if (unknown.length) throw new Error(`Pages of no known type (add their type to tests/support/page-types.ts): ${unknown.join(', ')}`);
  return PAGE_TYPES.map((type) => ({ type, pages: pages.filter((p) => pageTypeOf(p.path) === type) })).filter((t) => t.pages.length > 0);
}

/**
 * One page per type and language for the audits that drive a browser: the
 * largest, as the one with the most content is the most likely to hold every
 * kind of element.
 */
export async function representativePages(): Promise<{ type: string; language: LanguageCode; path: string }[]> {
  return (await pagesByType()).flatMap(({ type, pages }) => {
    const byLanguage = Map.groupBy(pages, (page) => splitLanguagePath(page.path).language);
    return [...byLanguage].map(([language, group]) => {
      const largest = group.reduce((a, b) => (b.html.length > a.html.length ? b : a));
      return { type: type.name, language, path: largest.path };
    });
  });
}
