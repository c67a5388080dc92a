/**
 * Every string of the search UI, per language: the header button, the
 * dialog, the form, the live status, the search page. One place, keyed, so
 * the components, the search page and the browser script read them from here
 * and a language missing a key fails the type check. (When the site's
 * dictionaries in src/lib/i18n/ hold interface strings, these move there under
 * the same keys.)
 */
import type { LanguageCode } from '../i18n/languages.ts';
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

const en: SearchStrings = {
  search: 'Search',
  fieldLabel: 'Search articles, courses and paths',
  fieldHelp: 'Results appear as you type. Use the down arrow to move through them.',
  typeLegend: 'Show',
  allTypes: 'All',
  anyValue: 'Any',
  topic: 'Topic',
  courseLevel: 'Course level',
  courseMode: 'Course mode',
  types: {
    Article: { filter: 'Articles', scope: 'articles' },
    Course: { filter: 'Courses', scope: 'courses' },
    Path: { filter: 'Paths', scope: 'learning paths' },
  },
  results: { none: 'No results', one: '1 result', many: '{count} results' },
  forQuery: '{results} for “{query}”',
  inScope: '{text} in {scope}',
  loadFailed: 'Search could not load. Check your connection and reload the page.',
  resultsLabel: 'Search results',
  showMore: 'Show more results',
  close: 'Close',
  fullSearch: 'Search page with all filters',
  suggestBefore: 'Browse the ',
  suggestLink: 'course catalog',
  suggestAfter: ' or a popular topic:',
  popularTopics: 'Popular topics',
  searchEnglish: 'Search the English pages',
  pageDescription:
    'Search every article and course on the VTechLabs site: backend development, databases, APIs and careers, filtered by type, topic, level and mode.',
  pageLead: "Find an article, a course or a learning path. Results appear as you type; this page's address keeps your search, so you can share it.",
};

const gu: SearchStrings = {
  search: 'શોધો',
  fieldLabel: 'લેખ, કોર્સ અને લર્નિંગ પાથમાં શોધો',
  fieldHelp: 'તમે લખો તેમ પરિણામો દેખાય છે. તેમાં આગળ જવા નીચેના તીરનો ઉપયોગ કરો.',
  typeLegend: 'બતાવો',
  allTypes: 'બધું',
  anyValue: 'કોઈ પણ',
  topic: 'વિષય',
  courseLevel: 'કોર્સનું સ્તર',
  courseMode: 'કોર્સની રીત',
  types: {
    Article: { filter: 'લેખ', scope: 'લેખોમાં' },
    Course: { filter: 'કોર્સ', scope: 'કોર્સમાં' },
    Path: { filter: 'લર્નિંગ પાથ', scope: 'લર્નિંગ પાથમાં' },
  },
  results: { none: 'કોઈ પરિણામ નથી', one: '1 પરિણામ', many: '{count} પરિણામ' },
  forQuery: '“{query}” માટે {results}',
  inScope: '{text} ({scope})',
  loadFailed: 'શોધ લોડ થઈ શકી નહીં. તમારું કનેક્શન તપાસો અને પેજ ફરી લોડ કરો.',
  resultsLabel: 'શોધનાં પરિણામો',
  showMore: 'વધુ પરિણામો બતાવો',
  close: 'બંધ કરો',
  fullSearch: 'બધા ફિલ્ટર સાથેનું શોધ પેજ',
  suggestBefore: '',
  suggestLink: 'કોર્સની યાદી',
  suggestAfter: ' જુઓ અથવા કોઈ લોકપ્રિય વિષય પસંદ કરો:',
  popularTopics: 'લોકપ્રિય વિષયો',
  searchEnglish: 'અંગ્રેજી પેજમાં શોધો',
  pageDescription: 'VTechLabsના ગુજરાતી લેખ અને કોર્સમાં શોધો: બેકએન્ડ ડેવલપમેન્ટ, ડેટાબેઝ, API અને કારકિર્દી.',
  pageLead: 'લેખ, કોર્સ કે લર્નિંગ પાથ શોધો. તમે લખો તેમ પરિણામો દેખાય છે; આ પેજનું સરનામું તમારી શોધ સાચવે છે, એટલે તમે તેને શેર કરી શકો.',
};

const hi: SearchStrings = {
  search: 'खोजें',
  fieldLabel: 'लेख, कोर्स और लर्निंग पाथ में खोजें',
  fieldHelp: 'लिखते ही नतीजे दिखते हैं। उनमें आगे जाने के लिए नीचे वाले तीर का इस्तेमाल करें।',
  typeLegend: 'दिखाएँ',
  allTypes: 'सभी',
  anyValue: 'कोई भी',
  topic: 'विषय',
  courseLevel: 'कोर्स का स्तर',
  courseMode: 'कोर्स का तरीका',
  types: {
    Article: { filter: 'लेख', scope: 'लेखों में' },
    Course: { filter: 'कोर्स', scope: 'कोर्स में' },
    Path: { filter: 'लर्निंग पाथ', scope: 'लर्निंग पाथ में' },
  },
  results: { none: 'कोई नतीजा नहीं', one: '1 नतीजा', many: '{count} नतीजे' },
  forQuery: '“{query}” के लिए {results}',
  inScope: '{text} ({scope})',
  loadFailed: 'खोज लोड नहीं हो सकी। अपना कनेक्शन जाँचें और पेज फिर से लोड करें।',
  resultsLabel: 'खोज के नतीजे',
  showMore: 'और नतीजे दिखाएँ',
  close: 'बंद करें',
  fullSearch: 'सभी फ़िल्टर वाला खोज पेज',
  suggestBefore: '',
  suggestLink: 'कोर्स की सूची',
  suggestAfter: ' देखें या कोई लोकप्रिय विषय चुनें:',
  popularTopics: 'लोकप्रिय विषय',
  searchEnglish: 'अंग्रेज़ी पेजों में खोजें',
  pageDescription: 'VTechLabs के हिन्दी लेखों और कोर्स में खोजें: बैकएंड डेवलपमेंट, डेटाबेस, API और करियर।',
  pageLead: 'कोई लेख, कोर्स या लर्निंग पाथ खोजें। लिखते ही नतीजे दिखते हैं; इस पेज का पता आपकी खोज सँभालकर रखता है, ताकि आप उसे शेयर कर सकें।',
};

export const searchStrings: Record<LanguageCode, SearchStrings> = { en, gu, hi };

/** What the browser script needs of a language's strings (SearchPanel.astro writes it into the markup). */
export function clientStrings(strings: SearchStrings): ClientStrings {
  const scopes = Object.fromEntries(RESULT_TYPES.map((type) => [type, strings.types[type].scope])) as Record<ResultType, string>;
  return { ...strings.results, forQuery: strings.forQuery, inScope: strings.inScope, scopes, loadFailed: strings.loadFailed };
}
