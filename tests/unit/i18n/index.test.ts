import { describe, expect, it } from 'vitest';
import { alternatesOf, dictionaryOf, languageOfPathname, ogLocale, pageVersions, sitePathOf } from '../../../src/lib/i18n/index.ts';
import { languageCodes } from '../../../src/lib/i18n/languages.ts';

/** Every leaf of a dictionary: strings, and what functions return for sample arguments. */
function leaves(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...args: unknown[]) => unknown)(2, 3, 4, 5))]];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [[path, '']];
}

describe('dictionaries', () => {
  it('give every key a non-empty value in every language', () => {
    for (const code of languageCodes) {
      for (const [key, value] of leaves(dictionaryOf(code), '')) expect(value.trim(), `${code}: ${key}`).not.toBe('');
    }
  });

  it('have the same keys and list lengths in every language', () => {
    const keys = (code: (typeof languageCodes)[number]) => leaves(dictionaryOf(code), '').map(([key]) => key);
    for (const code of languageCodes) expect(keys(code)).toEqual(keys('en'));
  });

  it('write Gujarati and Hindi in their own scripts', () => {
    expect(dictionaryOf('gu').notFound.title).toMatch(/\p{Script=Gujarati}/u);
    expect(dictionaryOf('hi').notFound.title).toMatch(/\p{Script=Devanagari}/u);
  });
});

describe('languageOfPathname', () => {
  it('reads the language from the first segment after the base path', () => {
    expect(languageOfPathname('/gu/blog/x/')).toBe('gu');
    expect(languageOfPathname('/site/hi/', '/site/')).toBe('hi');
    expect(languageOfPathname('/site/blog/', '/site')).toBe('en');
    expect(languageOfPathname('/guide/')).toBe('en');
    expect(sitePathOf('/site/gu/', '/site/')).toBe('/gu/');
  });
});

describe('pageVersions and alternatesOf', () => {
  const absolute = (path: string) => `https://example.test${path}`;

  it('list every version in language order, itself included, and x-default to English', () => {
    const versions = pageVersions('/hi/blog/x/', ['hi', 'en', 'gu']);
    expect(versions).toEqual([
      { language: 'en', path: '/blog/x/' },
      { language: 'gu', path: '/gu/blog/x/' },
      { language: 'hi', path: '/hi/blog/x/' },
    ]);
    expect(alternatesOf(versions, absolute)).toEqual([
      { hreflang: 'en', href: 'https://example.test/blog/x/' },
      { hreflang: 'gu', href: 'https://example.test/gu/blog/x/' },
      { hreflang: 'hi', href: 'https://example.test/hi/blog/x/' },
      { hreflang: 'x-default', href: 'https://example.test/blog/x/' },
    ]);
  });

  it('give a page in one language no alternates', () => {
    expect(alternatesOf(pageVersions('/blog/x/', ['en']), absolute)).toEqual([]);
  });

  it('name Open Graph locales with an underscore', () => {
    expect(ogLocale('gu')).toBe('gu_IN');
    expect(ogLocale('en')).toBe('en_IN');
  });
});
