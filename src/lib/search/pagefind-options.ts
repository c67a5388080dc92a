/**
 * How the search UI sets Pagefind up, and which language a page searches in.
 * Pagefind writes one index per `<html lang>` and pagefind.js loads the one of
 * the page it runs on, so a Gujarati page searches Gujarati pages only.
 */
import { defaultLanguage, isLanguageCode, languagePathPrefix, type LanguageCode } from '../i18n/languages.ts';
import { PAGES } from '../urls/paths.ts';

/**
 * The options the search UI passes to `pagefind.options()`.
 * - exactDiacritics: since 1.5 Pagefind strips combining marks before matching,
 *   and Gujarati and Devanagari vowel signs and the virama are combining marks:
 *   without it Hindi काम (work) matches कम (less), Gujarati દિન matches દીન.
 *   tests/browser/search-languages.test.ts shows both with and without it.
 * - noWorker: Pagefind's worker (12 KB gzip) repeats the search code pagefind.js
 *   already holds. On the main thread, a search for a word on every page took
 *   ~2 ms at 100 articles and ~14 ms at 1,000 (~75 ms at 5,000), measured on
 *   a busy 2-core machine; it runs once typing pauses.
 */
export function pagefindOptions(baseUrl: string) {
  return { baseUrl, excerptLength: 24, noWorker: true, exactDiacritics: true };
}

/** The site language of a page from its `<html lang>` ("en-IN" is English, "gu" Gujarati); unknown tags count as the default. */
export function pageLanguage(htmlLang: string | null | undefined): LanguageCode {
  const primary = (htmlLang ?? '').split('-')[0]!.toLowerCase();
  return isLanguageCode(primary) ? primary : defaultLanguage.code;
}

/** Where a language's search UI files live below the site base: '' for English, 'gu/' for Gujarati. */
export function languageFolder(language: LanguageCode): string {
  const prefix = languagePathPrefix(language);
  return prefix ? `${prefix.slice(1)}/` : '';
}

/** A language's search page: "/search/", "/gu/search/" (the site path, before the base). */
export function searchPagePath(language: LanguageCode): string {
  return `${languagePathPrefix(language)}${PAGES.search}`;
}
