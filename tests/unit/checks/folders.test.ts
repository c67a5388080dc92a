import { describe, expect, it } from 'vitest';
import { checkFolders } from '../../../src/lib/checks/folders.ts';
import { formatProblem } from '../../../src/lib/checks/problems.ts';

describe('checkFolders', () => {
  it('names a content file in a sub-folder of its collection, and how to fix it', () => {
    const files = [
      'content/articles/a.mdx',
      'content/articles/2026/b.mdx',
      'content/paths/old/p.yaml',
      'content/articles/images/x.png',
      'content/courses/c.mdx',
      'src/pages/blog/x.mdx',
    ];
    expect(checkFolders(files).map(formatProblem)).toEqual([
      'content/articles/2026/b.mdx:1 – a file in a sub-folder of content/articles/ is not read as an article – move it up to content/articles/ (its file name is its address; images may stay in sub-folders)',
      'content/paths/old/p.yaml:1 – a file in a sub-folder of content/paths/ is not read as a learning path – move it up to content/paths/ (its file name is its address; images may stay in sub-folders)',
    ]);
  });

  it('accepts files at the top of their collection and anything that is not a content file', () => {
    expect(checkFolders(['content/articles/a.mdx', 'content/articles/images/diagram.svg', 'content/authors/me.yaml'])).toEqual([]);
  });

  it('leaves language folders of articles, courses and paths to the translation checks, and refuses any deeper or other folder', () => {
    const files = [
      'content/articles/gu/a.mdx',
      'content/courses/hi/c.mdx',
      'content/paths/gu/p.yaml',
      'content/articles/fr/a.mdx',
      'content/articles/gu/2026/a.mdx',
      'content/authors/gu/me.yaml',
      'content/articles/gujarati/a.mdx',
      'content/articles/guide.mdx',
    ];
    expect(checkFolders(files).map((p) => p.path)).toEqual(['content/articles/gu/2026/a.mdx', 'content/articles/gujarati/a.mdx', 'content/authors/gu/me.yaml']);
  });
});
