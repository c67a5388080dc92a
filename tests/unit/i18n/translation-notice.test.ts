import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../../src/lib/i18n/languages.ts';
import { noticeParts } from '../../../src/lib/i18n/translation-notice.ts';
import { dictionaryOf } from '../../../src/lib/i18n/index.ts';

const notice = { since: new Date('2026-03-05T03:30:00Z'), sinceDay: '2026-03-05', originalPath: '/blog/x/' };

describe('noticeParts', () => {
  it('puts the date where the sentence says, written in the page language, and links to the original', () => {
    expect(noticeParts(notice, 'hi', dictionaryOf('hi').translation)).toEqual({
      before: 'इस अनुवाद के बाद अंग्रेज़ी मूल पेज ',
      date: { datetime: '2026-03-05', text: '5 मार्च 2026' },
      after: ' को अपडेट हुआ है; वे बदलाव अभी यहाँ नहीं आए हैं।',
      link: { path: '/blog/x/', text: dictionaryOf('hi').translation.original },
    });
    expect(noticeParts(notice, 'gu', dictionaryOf('gu').translation).date.text).toBe('5 માર્ચ, 2026');
  });

  it('has the words in every dictionary, each with one place for the date', () => {
    for (const code of languageCodes) {
      expect(dictionaryOf(code).translation.behindSince('{date}').split('{date}'), code).toHaveLength(2);
      expect(dictionaryOf(code).translation.original.trim(), code).not.toBe('');
    }
  });

  it('takes the words it is given, and refuses a sentence without the date or with it twice', () => {
    expect(noticeParts(notice, 'en', { behindSince: (date) => `Changed ${date}.`, original: 'Original' })).toMatchObject({
      before: 'Changed ',
      after: '.',
      link: { text: 'Original' },
    });
    expect(() => noticeParts(notice, 'en', { behindSince: () => 'Changed.', original: 'Original' })).toThrow('must show the date once');
    expect(() => noticeParts(notice, 'en', { behindSince: (d) => `${d} and ${d}`, original: 'Original' })).toThrow('must show the date once');
  });
});
