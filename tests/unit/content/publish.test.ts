import { describe, expect, it } from 'vitest';
import { byNewest, isPublished, isPublishedFile } from '../../../src/lib/content/publish.ts';
import { article, author, contentFile } from '../../support/content-files.ts';

const now = new Date('2026-11-24T12:00:00Z');

describe('isPublished', () => {
  it('hides drafts and future-dated entries from production builds', () => {
    expect(isPublished({ draft: false, pubDate: new Date('2026-11-01') }, now, false)).toBe(true);
    expect(isPublished({ draft: true, pubDate: new Date('2026-11-01') }, now, false)).toBe(false);
    expect(isPublished({ draft: false, pubDate: new Date('2026-12-01') }, now, false)).toBe(false);
  });

  it('shows everything while writing', () => {
    expect(isPublished({ draft: true, pubDate: new Date('2027-01-01') }, now, true)).toBe(true);
  });
});

describe('byNewest', () => {
  it('sorts newest first, ties by id', () => {
    const e = (id: string, d: string) => ({ id, data: { pubDate: new Date(d) } });
    const sorted = [e('b', '2026-01-01'), e('c', '2026-03-01'), e('a', '2026-01-01')].sort(byNewest);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'a', 'b']);
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
      [contentFile('content/paths/live.yaml', 'title: Live\n'), true],
      [contentFile('content/paths/draft.yaml', 'title: Draft\ndraft: true\n'), false],
    ] as const) {
      expect(isPublishedFile(file, now, false), file.id).toBe(expected);
      expect(isPublishedFile(file, now, true), file.id).toBe(true);
    }
  });
});
