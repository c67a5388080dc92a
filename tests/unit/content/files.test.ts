import { describe, expect, it } from 'vitest';
import { entryId, isPublishedFile } from '../../../src/lib/checks/problems.ts';
import { article, author } from '../../support/content-files.ts';

describe('entryId', () => {
  it('slugs a file name the way Astro does', () => {
    expect(entryId('My Post.mdx')).toBe('my-post');
    expect(entryId('what-is-a-rest-api.mdx')).toBe('what-is-a-rest-api');
  });
});

describe('isPublishedFile', () => {
  const now = new Date('2026-06-01T00:00:00Z');

  it('judges files as the site judges entries: drafts and future dates only in dev', () => {
    for (const [file, expected] of [
      [article('live'), true],
      [article('draft', { draft: 'true' }), false],
      [article('scheduled', { pubDate: '2026-07-01' }), false],
      [author, true],
    ] as const) {
      expect(isPublishedFile(file, now, false), file.id).toBe(expected);
      expect(isPublishedFile(file, now, true), file.id).toBe(true);
    }
  });
});
