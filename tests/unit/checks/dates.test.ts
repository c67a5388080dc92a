import { describe, expect, it } from 'vitest';
import { checkDates } from '../../../src/lib/checks/dates.ts';
import { article, lines } from '../../support/content-files.ts';

describe('checkDates', () => {
  it('names an invalid date with its line and the format to use', () => {
    expect(lines(checkDates([article('d', { pubDate: '24/11/2026' })]))).toEqual([
      'content/articles/d.mdx:4 – pubDate "24/11/2026" is not a valid date – write the date as YYYY-MM-DD, e.g. 2026-11-24',
    ]);
  });

  it('flags an updatedDate before the pubDate', () => {
    expect(lines(checkDates([article('u', { updatedDate: '2025-12-31' })]))).toEqual([
      'content/articles/u.mdx:7 – updatedDate is before pubDate – set updatedDate to the day of the last real change (on or after pubDate), or remove it',
    ]);
  });

  it('accepts valid dates', () => {
    expect(checkDates([article('ok', { updatedDate: '2026-03-01' })])).toEqual([]);
  });
});
