import { describe, expect, it } from 'vitest';
import {
  defaultLanguage,
  entryIdFor,
  isLanguageCode,
  languagePathPrefix,
  languages,
  splitEntryId,
  translationLanguageCodes,
} from '../../../src/lib/i18n/languages.ts';

describe('languages', () => {
  it('lists English first, then Gujarati and Hindi, each with an Intl locale Node knows', () => {
    expect(languages.map((language) => language.code)).toEqual(['en', 'gu', 'hi']);
    expect(defaultLanguage.code).toBe('en');
    for (const language of languages) expect(Intl.DateTimeFormat.supportedLocalesOf([language.locale])).toEqual([language.locale]);
    expect(translationLanguageCodes).toEqual(['gu', 'hi']);
  });

  it('knows only its own codes', () => {
    expect(isLanguageCode('gu')).toBe(true);
    expect(isLanguageCode('fr')).toBe(false);
    expect(isLanguageCode('GU')).toBe(false);
  });
});

describe('splitEntryId and entryIdFor', () => {
  it('reads the language from the first folder only', () => {
    expect(splitEntryId('gu/how-to-become-a-backend-developer')).toEqual({ language: 'gu', sharedId: 'how-to-become-a-backend-developer' });
    expect(splitEntryId('hi/what-is-a-rest-api')).toEqual({ language: 'hi', sharedId: 'what-is-a-rest-api' });
    expect(splitEntryId('what-is-a-rest-api')).toEqual({ language: 'en', sharedId: 'what-is-a-rest-api' });
  });

  it('does not take a file name that starts like a language code for a language (Astro issue 14359)', () => {
    expect(splitEntryId('guide-to-apis')).toEqual({ language: 'en', sharedId: 'guide-to-apis' });
    expect(splitEntryId('hiring-backend-developers')).toEqual({ language: 'en', sharedId: 'hiring-backend-developers' });
    expect(splitEntryId('gujarat-jobs/x')).toEqual({ language: 'en', sharedId: 'gujarat-jobs/x' });
    expect(splitEntryId('en/x')).toEqual({ language: 'en', sharedId: 'en/x' });
  });

  it('builds the id back from its parts', () => {
    expect(entryIdFor('gu', 'x')).toBe('gu/x');
    expect(entryIdFor('en', 'x')).toBe('x');
    for (const id of ['gu/x', 'hi/y', 'z']) {
      const { language, sharedId } = splitEntryId(id);
      expect(entryIdFor(language, sharedId)).toBe(id);
    }
  });

  it('gives English no URL prefix and the others their code', () => {
    expect(languagePathPrefix('en')).toBe('');
    expect(languagePathPrefix('gu')).toBe('/gu');
    expect(languagePathPrefix('hi')).toBe('/hi');
  });
});
