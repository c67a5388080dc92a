import { describe, expect, it } from 'vitest';
import { languageFolder, pageLanguage, pagefindOptions, searchPagePath } from '../../../src/lib/search/pagefind-options.ts';

describe('pageLanguage', () => {
  it('reads the site language from <html lang>', () => {
    expect(pageLanguage('en-IN')).toBe('en');
    expect(pageLanguage('gu')).toBe('gu');
    expect(pageLanguage('hi-IN')).toBe('hi');
    expect(pageLanguage('HI')).toBe('hi');
  });
  it('takes an unknown or missing language as English', () => {
    expect(pageLanguage('fr')).toBe('en');
    expect(pageLanguage('')).toBe('en');
    expect(pageLanguage(null)).toBe('en');
  });
});

describe('where each language searches', () => {
  it('has its search page and dialog under its prefix', () => {
    expect(searchPagePath('en')).toBe('/search/');
    expect(searchPagePath('gu')).toBe('/gu/search/');
    expect(languageFolder('en')).toBe('');
    expect(languageFolder('hi')).toBe('hi/');
  });
});

describe('pagefindOptions', () => {
  it('matches vowel signs exactly and runs without a worker', () => {
    expect(pagefindOptions('/')).toMatchObject({ baseUrl: '/', exactDiacritics: true, noWorker: true });
  });
});
