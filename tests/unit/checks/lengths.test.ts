import { describe, expect, it } from 'vitest';
import { checkLengths } from '../../../src/lib/checks/lengths.ts';
import { article, course, lines } from '../../support/content-files.ts';

describe('checkLengths', () => {
  it('says how many characters a short description needs', () => {
    expect(lines(checkLengths([article('s', { description: '"Too short to help anyone."' })]))).toEqual([
      'content/articles/s.mdx:3 – description is too short: 25 characters (search results show 50–160) – add at least 25 more characters',
    ]);
  });

  it('says how many characters to cut from a long description', () => {
    const [problem] = checkLengths([article('l', { description: `"${'x'.repeat(170)}"` })]);
    expect(problem?.message).toBe('description is too long: 170 characters (search results show 50–160)');
    expect(problem?.fix).toBe('cut at least 10 characters');
  });

  it('checks a course summary and a title', () => {
    const file = course('c').data;
    expect(file['summary']).toBeTruthy();
    const [problem] = checkLengths([article('t', { title: 'X' })]);
    expect(problem?.message).toBe('title is too short: 1 character (titles are 2–100)');
  });

  it('accepts lengths within the limits', () => {
    expect(checkLengths([article('ok'), course('c')])).toEqual([]);
  });
});
