import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../../src/lib/content/reading-time.ts';

describe('countWords', () => {
  it('counts prose words and ignores Markdown punctuation', () => {
    expect(countWords('## A heading\n\nSome *bold* and `code` text.\n\n- one\n- two')).toBe(9);
  });

  it('counts link text but not link URLs, and skips imports and JSX tags', () => {
    const mdx = 'import X from \'./x.astro\';\n\nRead [the REST guide](/blog/what-is-a-rest-api/) now.\n\n<Callout type="tip">Try it</Callout>';
    expect(countWords(mdx)).toBe(7);
  });

  it('ignores frontmatter when given a whole file', () => {
    expect(countWords('---\ntitle: Many words in a title here\n---\nJust four words here')).toBe(4);
  });

  it('keeps contractions and version numbers as one word', () => {
    expect(countWords("Don't install Node 24.1 yet")).toBe(5);
  });
});

describe('readingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it('rounds to whole minutes at the configured speed', () => {
    expect(readingMinutes(words(WORDS_PER_MINUTE * 7))).toBe(7);
    expect(readingMinutes(words(WORDS_PER_MINUTE * 2.6))).toBe(3);
  });

  it('is never less than one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('Short.')).toBe(1);
  });
});

describe('countWords in Gujarati and Hindi', () => {
  it('counts a word with vowel signs and viramas as one word', () => {
    // Five words each; a letters-only pattern would cut each word at its vowel signs (combining marks).
    expect(countWords('બેકએન્ડ ડેવલપર બનવા માટે શીખો', 'gu-IN')).toBe(5);
    expect(countWords('बैकएंड डेवलपर बनने के लिए', 'hi-IN')).toBe(5);
  });

  it('counts words written without spaces between scripts and punctuation', () => {
    expect(countWords('API, database અને framework।', 'gu-IN')).toBe(4);
  });
});
