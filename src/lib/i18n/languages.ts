/**
 * Languages: the one list of the site's languages and the pairing rule
 * between an original and its translations. Everything that needs to know
 * which languages exist, where a language's pages live or which file
 * translates which reads it from here.
 *
 * English is the default: its pages keep the URLs they had before translations
 * existed (no prefix). Every other language lives under `/<code>/` with the
 * same slugs as the English originals.
 *
 * Pairing rule: a translation has the same id as its original and lives in a
 * sub-folder named by its language code inside the original's collection:
 * `content/articles/how-to-become-a-backend-developer.mdx` (English) and
 * `content/articles/gu/how-to-become-a-backend-developer.mdx` (Gujarati).
 */

export interface Language {
  /** BCP 47 primary tag: `<html lang>`, hreflang, the URL prefix and the content sub-folder. */
  code: string;
  /** Locale for Intl (dates, numbers, word segmentation) and og:locale (with "_" for "-"). */
  locale: string;
  /** The language's name in itself, for the language switch. */
  nativeName: string;
  /** The language's name in English, for editors' messages and reports. */
  englishName: string;
}

export const defaultLanguage = { code: 'en', locale: 'en-IN', nativeName: 'English', englishName: 'English' } as const satisfies Language;

/** Every language, the default first. A fourth language is added here (docs/editing.md, "Languages"). */
export const languages = [
  defaultLanguage,
  { code: 'gu', locale: 'gu-IN', nativeName: 'ગુજરાતી', englishName: 'Gujarati' },
  { code: 'hi', locale: 'hi-IN', nativeName: 'हिन्दी', englishName: 'Hindi' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];
/** The languages that are translations of the default one: their pages live under `/<code>/`. */
export type TranslationLanguageCode = Exclude<LanguageCode, typeof defaultLanguage.code>;

export const languageCodes: readonly LanguageCode[] = languages.map((language) => language.code);
export const translationLanguageCodes = languageCodes.filter((code): code is TranslationLanguageCode => code !== defaultLanguage.code);

export function isLanguageCode(value: string): value is LanguageCode {
  return (languageCodes as readonly string[]).includes(value);
}

export function languageOf(code: LanguageCode): Language {
  const language = languages.find((candidate) => candidate.code === code);
  if (!language) throw new Error(`unknown language code "${code}"`);
  return language;
}

/**
 * An entry id as Astro's glob loader gives it ("gu/how-to-become-a-backend-developer"
 * for a Gujarati translation, "how-to-become-a-backend-developer" for English), split
 * into its language and the id it shares with every version of it. A first folder
 * that is not a translation language is not a language: the id is English and keeps
 * its folder (the content checks refuse such files). A file whose name merely starts
 * like a language code ("guide.mdx", "hiring.mdx") is English: only a folder counts.
 */
export function splitEntryId(entryId: string): { language: LanguageCode; sharedId: string } {
  const slash = entryId.indexOf('/');
  if (slash > 0) {
    const folder = entryId.slice(0, slash);
    if (isLanguageCode(folder) && folder !== defaultLanguage.code) return { language: folder, sharedId: entryId.slice(slash + 1) };
  }
  return { language: defaultLanguage.code, sharedId: entryId };
}

/** The entry id of one version: entryIdFor('gu', 'x') -> 'gu/x'; the default language's id has no folder. */
export function entryIdFor(language: LanguageCode, sharedId: string): string {
  return language === defaultLanguage.code ? sharedId : `${language}/${sharedId}`;
}

/** The URL path prefix of a language: '' for English, '/gu' for Gujarati. */
export function languagePathPrefix(language: LanguageCode): string {
  return language === defaultLanguage.code ? '' : `/${language}`;
}
