import { describe, expect, it } from 'vitest';
import { entryId } from '../../../src/lib/content/files.ts';

describe('entryId', () => {
  it('slugs a file name the way Astro does', () => {
    expect(entryId('My Post.mdx')).toBe('my-post');
    expect(entryId('what-is-a-rest-api.mdx')).toBe('what-is-a-rest-api');
  });
});
