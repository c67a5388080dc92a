/**
 * The interface in each language, and how a page knows its language: every
 * string the site's own pages print comes from one dictionary per language
 * (dictionary/), and a page's language is read from its URL (the one owner of
 * that is paths.ts), so components need no language passed down.
 * The list of languages and the pairing rule live in languages.ts.
 */
import { en, type Dictionary } from './dictionary/en.ts';
import { gu } from './dictionary/gu.ts';
import { hi } from './dictionary/hi.ts';
import { defaultLanguage, languageCodes, languageOf, type LanguageCode } from './languages.ts';
import { inLanguage, splitPathLanguage } from '../urls/paths.ts';

export type { Dictionary };

/** One dictionary per language: a language added to languages.ts without one fails the check here. */
const dictionaries: Record<LanguageCode, Dictionary> = { en, gu, hi };

export function dictionaryOf(language: LanguageCode): Dictionary {
  return dictionaries[language];
}

/** The site path of a pathname, without the deploy's base path: "/site/gu/blog/" under "/site" -> "/gu/blog/". */
export function sitePathOf(pathname: string, basePath = '/'): string {
  const base = basePath.replace(/\/$/, '');
  return base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

/** The language of the page at a pathname (base path included). */
export function languageOfPathname(pathname: string, basePath = '/'): LanguageCode {
  return splitPathLanguage(sitePathOf(pathname, basePath)).language;
}

/** One version of a page: its language and site path. */
export interface PageVersion {
  language: LanguageCode;
  path: string;
}

/**
 * The versions of the page at a pathname in the given languages (the page's
 * own included), in the site's language order: the same path after each
 * language's prefix (the pairing rule for URLs).
 */
export function pageVersions(pathname: string, languages: readonly LanguageCode[], basePath = '/'): PageVersion[] {
  const { sharedPath } = splitPathLanguage(sitePathOf(pathname, basePath));
  return languageCodes.filter((code) => languages.includes(code)).map((language) => ({ language, path: inLanguage(sharedPath, language) }));
}

/** An hreflang alternate: a language code, or x-default (the English version, for readers of any other language). */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The hreflang alternates of a page that exists in several languages: every
 * version (itself included) and x-default to the English one. A page in one
 * language, or with no English version, has none.
 */
export function alternatesOf(versions: readonly PageVersion[], absolute: (path: string) => string): Alternate[] {
  const english = versions.find((v) => v.language === defaultLanguage.code);
  if (versions.length < 2 || !english) return [];
  return [...versions.map((v) => ({ hreflang: v.language, href: absolute(v.path) })), { hreflang: 'x-default', href: absolute(english.path) }];
}

/** Open Graph's form of a language's locale: "gu-IN" -> "gu_IN". */
export function ogLocale(language: LanguageCode): string {
  return languageOf(language).locale.replace('-', '_');
}
