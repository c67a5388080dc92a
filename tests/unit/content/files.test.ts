import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectionOf, contentFileFrom, entryId, readSavedBytesSync } from '../../../src/lib/content/files.ts';
import { testTempDir } from '../../support/temp-dir.ts';

describe('entryId', () => {
  it('slugs a file name the way Astro does', () => {
    expect(entryId('My Post.mdx')).toBe('my-post');
    expect(entryId('what-is-a-rest-api.mdx')).toBe('what-is-a-rest-api');
  });
});

describe('collectionOf', () => {
  it('knows the content files of each collection, and nothing else', () => {
    expect(collectionOf('content/articles/x.mdx')).toBe('articles');
    expect(collectionOf('content/courses/x.md')).toBe('courses');
    expect(collectionOf('content/authors/x.yml')).toBe('authors');
    expect(collectionOf('content/articles/images/x.png')).toBeUndefined();
    expect(collectionOf('content/articles/x.yaml')).toBeUndefined();
    expect(collectionOf('content/toString/x.mdx')).toBeUndefined();
    expect(collectionOf('src/pages/x.mdx')).toBeUndefined();
  });
});

describe('contentFileFrom', () => {
  it('reads an author file as YAML and an article as frontmatter', () => {
    const author = contentFileFrom('content/authors/Ann Lee.yaml', 'authors', new TextEncoder().encode('name: Ann\n'));
    expect(author).toMatchObject({ id: 'ann-lee', collection: 'authors', data: { name: 'Ann' }, readable: true });
    const article = contentFileFrom('content/articles/x.mdx', 'articles', new TextEncoder().encode('---\ntitle: T\n---\nBody\n'));
    expect(article).toMatchObject({ id: 'x', data: { title: 'T' }, body: 'Body\n' });
  });
});

describe('readSavedBytesSync', () => {
  it('waits for a file that is being written instead of reading it as empty', () => {
    const path = join(testTempDir('saved'), 'being-written.mdx');
    writeFileSync(path, '');
    // Another thread finishes the save while this one reads; it starts after the first read.
    const writer = new Worker(`require('node:fs').writeFileSync(${JSON.stringify(path)}, 'title: T\\n')`, { eval: true });
    try {
      expect(new TextDecoder().decode(readSavedBytesSync(path))).toBe('title: T\n');
    } finally {
      void writer.terminate();
    }
  });

  it('reads a file that stays empty as empty', () => {
    const path = join(testTempDir('saved'), 'empty.mdx');
    writeFileSync(path, '');
    expect(readSavedBytesSync(path).length).toBe(0);
  });
});
