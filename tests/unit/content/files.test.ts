import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectionOf, contentFileFrom, entryId, languageFolderFile, loadContentFiles, loadTranslationFiles, nestedEntryCollection, readSavedBytesSync, translationPathOf } from '../../../src/lib/content/files.ts';
import { mkdirSync } from 'node:fs';
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

describe('translations by path', () => {
  it('pairs a file in a language folder with the original of the same id', () => {
    expect(translationPathOf('content/articles/gu/what-is-a-rest-api.mdx')).toEqual({
      collection: 'articles',
      folder: 'gu',
      language: 'gu',
      sharedId: 'what-is-a-rest-api',
      path: 'content/articles/gu/what-is-a-rest-api.mdx',
    });
    expect(translationPathOf('content/paths/hi/x.yml')).toMatchObject({ collection: 'paths', language: 'hi', sharedId: 'x' });
  });

  it('knows only language folders of translatable collections, one level deep, with the right extension', () => {
    expect(translationPathOf('content/articles/fr/x.mdx')).toBeUndefined();
    expect(languageFolderFile('content/articles/fr/x.mdx')).toMatchObject({ folder: 'fr', language: undefined });
    expect(languageFolderFile('content/articles/en/x.mdx')).toMatchObject({ folder: 'en', language: undefined });
    for (const path of ['content/authors/gu/x.yaml', 'content/articles/gu/x/y.mdx', 'content/articles/gu/x.yaml', 'content/articles/gu/x.png', 'content/articles/2026/x.mdx']) {
      expect(languageFolderFile(path), path).toBeUndefined();
    }
  });

  it('reads a file name that starts like a language code as English (Astro issue 14359)', () => {
    for (const path of ['content/articles/guide.mdx', 'content/articles/hiring.mdx', 'content/articles/gu.mdx', 'content/articles/hi.mdx']) {
      expect(translationPathOf(path), path).toBeUndefined();
      expect(collectionOf(path), path).toBe('articles');
    }
  });

  it('leaves translations out of the nested files the folder check refuses', () => {
    expect(nestedEntryCollection('content/articles/gu/x.mdx')).toBeUndefined();
    expect(nestedEntryCollection('content/articles/gu/x/y.mdx')).toBe('articles');
    expect(nestedEntryCollection('content/articles/old/x.mdx')).toBe('articles');
  });

  it('loads translation files with their frontmatter, and keeps them out of the originals', async () => {
    const root = testTempDir('translations');
    mkdirSync(join(root, 'content/articles/gu'), { recursive: true });
    writeFileSync(join(root, 'content/articles/guide.mdx'), '---\ntitle: Guide\n---\n');
    writeFileSync(join(root, 'content/articles/gu/guide.mdx'), '---\ntitle: માર્ગદર્શિકા\npubDate: 2026-12-01\n---\n');
    const translations = await loadTranslationFiles(root);
    expect(translations.map(({ collection, language, sharedId, path, data }) => ({ collection, language, sharedId, path, data }))).toEqual([
      { collection: 'articles', language: 'gu', sharedId: 'guide', path: 'content/articles/gu/guide.mdx', data: { title: 'માર્ગદર્શિકા', pubDate: '2026-12-01' } },
    ]);
    expect((await loadContentFiles(root)).map((f) => f.path)).toEqual(['content/articles/guide.mdx']);
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
  it('waits for a file that is being written instead of reading it as empty', async () => {
    const path = join(testTempDir('saved'), 'being-written.mdx');
    writeFileSync(path, '');
    // Another thread finishes the save while this one reads. Starting a thread can take
    // longer than the 200 ms the read waits on a busy machine, so the writer is started
    // first and waits, already running, for the go that comes just before the read.
    const go = new Int32Array(new SharedArrayBuffer(4));
    const writer = new Worker(
      `const { workerData } = require('node:worker_threads'); Atomics.wait(workerData, 0, 0); require('node:fs').writeFileSync(${JSON.stringify(path)}, 'title: T\\n')`,
      { eval: true, workerData: go },
    );
    await new Promise((online) => writer.once('online', online));
    try {
      Atomics.store(go, 0, 1);
      Atomics.notify(go, 0);
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
