/**
 * Every kind of page the site builds, recognised by its path. The audits
 * (axe, CSP, budgets, Lighthouse) run on one page of each type, so a new kind
 * of page must be added here: `pageTypes()` fails on any built page that
 * matches no type, naming it.
 */
import { allPages, EDITOR_PAGE, type BuiltPage } from './dist.ts';
import { defaultLanguage, languageCodes, languagePathPrefix, type LanguageCode } from '../../src/lib/i18n/languages.ts';

export interface PageType {
  /** "article" for English, "article (gu)" for its Gujarati twin: the audits run on one page of each. */
  name: string;
  /** The kind of page whatever its language ("article"): what budgets and checks key on. */
  kind: string;
  language: LanguageCode;
  pattern: RegExp;
}

/** First match wins, so specific patterns come before the catch-alls of a section. Written for English paths. */
const ENGLISH_TYPES: { name: string; pattern: RegExp }[] = [
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

/**
 * Every type in every language: a Gujarati or Hindi page has the English
 * pattern after its language's prefix ("/gu/blog/x/"). Types a language has
 * no page of (authors) simply match nothing there.
 */
export const PAGE_TYPES: PageType[] = languageCodes.flatMap((language) =>
  ENGLISH_TYPES.map(({ name, pattern }) => ({
    name: language === defaultLanguage.code ? name : `${name} (${language})`,
    kind: name,
    language,
    pattern: new RegExp(`^${languagePathPrefix(language).replace('/', '\\/')}${pattern.source.slice(1)}`),
  })),
);

/**
 * The editor at /admin/ (src/lib/cms): a single-page app that draws its own
 * interface, loaded by editors only. Its page shell meets html-validate
 * (tests/html/html-validate.test.ts) and axe (tests/browser/editor.test.ts,
 * with the app drawn); the site's page gates (budgets, styles, SEO tags, the theme and search
 * scripts) are about pages readers get and do not apply (tests/budgets.ts says
 * why the JavaScript budget does not).
 */
export const EDITOR_PAGE_TYPE = { name: 'editor', path: EDITOR_PAGE, gates: ['html-validate', 'axe'] } as const;

export function pageTypeOf(path: string): PageType | undefined {
  return PAGE_TYPES.find((t) => t.pattern.test(path));
}

export interface TypedPages {
  type: PageType;
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
 * One page per type for the audits that drive a browser: the largest, as the
 * one with the most content is the most likely to hold every kind of element.
 */
export async function representativePages(): Promise<{ type: string; kind: string; language: LanguageCode; path: string }[]> {
  return (await pagesByType()).map(({ type, pages }) => {
    const largest = pages.reduce((a, b) => (b.html.length > a.html.length ? b : a));
    return { type: type.name, kind: type.kind, language: type.language, path: largest.path };
  });
}
