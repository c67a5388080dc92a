import { describe, expect, it } from 'vitest';
import { slugify, tagLabel } from '../../../src/lib/urls/slug.ts';

describe('slugify', () => {
  it.each([
    ['How to Become a Backend Developer', 'how-to-become-a-backend-developer'],
    ['SQL vs. NoSQL: which one?', 'sql-vs-nosql-which-one'],
    ['Café API — part 2', 'cafe-api-part-2'],
    ['  --Node.js & Express--  ', 'nodejs-express'],
  ])('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('tagLabel', () => {
  it('turns hyphens back into spaces', () => {
    expect(tagLabel('rest-api')).toBe('rest api');
  });
});
