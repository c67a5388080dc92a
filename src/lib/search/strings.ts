/**
 * The search UI's strings per language: the header button, the dialog, the
 * form, the live status. They live in each language's dictionary (group
 * `searchUi`, src/lib/i18n/dictionary/); this file gives their shape and what
 * the browser script receives of them.
 */
import { dictionaryOf } from '../i18n/index.ts';
import { languageCodes, type LanguageCode } from '../i18n/languages.ts';
import { RESULT_TYPES, type ResultType } from './index.ts';
import type { ClientStrings } from './summary.ts';

export interface SearchStrings {
  /** The header's search link, and the dialog's and page's title. */
  search: string;
  /** Label and placeholder of the search field. */
  fieldLabel: string;
  /** Read out with the field: how the results behave. */
  fieldHelp: string;
  /** Legend of the type filter (visually hidden). */
  typeLegend: string;
  /** The type filter's "no filter" choice, and the select filters' one. */
  allTypes: string;
  anyValue: string;
  topic: string;
  courseLevel: string;
  courseMode: string;
  /** Each result type: its filter label and its name in the summary ("in courses"). */
  types: Record<ResultType, { filter: string; scope: string }>;
  /** What the live region announces, "3 results for “sql” in courses", from templates (src/lib/search/summary.ts). */
  results: { none: string; one: string; many: string };
  forQuery: string;
  inScope: string;
  loadFailed: string;
  resultsLabel: string;
  showMore: string;
  close: string;
  /** The dialog's link to the search page. */
  fullSearch: string;
  /** "Browse the [course catalog] or a popular topic:", in three parts around the link. */
  suggestBefore: string;
  suggestLink: string;
  suggestAfter: string;
  popularTopics: string;
  /** On a page in another language: the link that runs the same search over the English pages. */
  searchEnglish: string;
  /** The search page. */
  pageDescription: string;
  pageLead: string;
}

/** Each language's search strings, from its dictionary (a dictionary whose group lacks a key fails the check here). */
export const searchStrings = Object.fromEntries(languageCodes.map((code) => [code, dictionaryOf(code).searchUi satisfies SearchStrings])) as Record<
  LanguageCode,
  SearchStrings
>;

/** What the browser script needs of a language's strings (SearchPanel.astro writes it into the markup). */
export function clientStrings(strings: SearchStrings): ClientStrings {
  const scopes = Object.fromEntries(RESULT_TYPES.map((type) => [type, strings.types[type].scope])) as Record<ResultType, string>;
  return { ...strings.results, forQuery: strings.forQuery, inScope: strings.inScope, scopes, loadFailed: strings.loadFailed };
}
