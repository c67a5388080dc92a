import { describe, expect, it } from 'vitest';
import { checkCharacters } from '../../../src/lib/checks/characters.ts';
import { article, lines } from '../../support/content-files.ts';

describe('checkCharacters', () => {
  it('names an invisible control character in a field or in the text, at its line', () => {
    expect(lines(checkCharacters([article('c', { title: '"A \\0 title"' }, 'Fine.\nA bell \u0007 here.\n')]))).toEqual([
      'content/articles/c.mdx:2 – an invisible control character (U+0000) is in the text – delete it: retype the text around it, or paste it again as plain text',
      'content/articles/c.mdx:10 – an invisible control character (U+0007) is in the text – delete it: retype the text around it, or paste it again as plain text',
    ]);
  });

  it('names a "�" left by a bad conversion', () => {
    expect(lines(checkCharacters([article('r', { tags: '[backend, "caf\uFFFD"]' })]))).toEqual([
      'content/articles/r.mdx:6 – the text contains "�", which stands for characters lost when it was copied or converted – retype the characters it replaced',
    ]);
  });

  it('accepts tabs, line ends and every other character', () => {
    expect(checkCharacters([article('ok', { title: '"Café – “quotes” ₹ 日本"' }, 'Tab\there.\r\nNext line.\n')])).toEqual([]);
  });
});
