import { describe, expect, it } from 'vitest';
import { checkDuplicateSlugs } from '../../../src/lib/checks/slugs.ts';
import { article, contentFile, lines } from '../../support/content-files.ts';

describe('checkDuplicateSlugs', () => {
  it('flags two files that get the same URL', () => {
    const a = article('rest-api');
    const b = contentFile('content/articles/REST API.md', a.body.replace('', '---\ntitle: x\n---\n'));
    expect(lines(checkDuplicateSlugs([a, b]))).toEqual([
      'content/articles/REST API.md:1 – duplicate slug "rest-api": content/articles/rest-api.mdx has the same URL /blog/rest-api/ – rename one of the files (the file name is the URL)',
    ]);
  });

  it('flags a redirectFrom that is the URL of an existing page', () => {
    const problems = checkDuplicateSlugs([article('a', { redirectFrom: '[b]' }), article('b')]);
    expect(lines(problems)).toEqual([
      'content/articles/a.mdx:7 – redirectFrom "b" is the URL of an existing page (content/articles/b.mdx) – remove it from redirectFrom, or rename that file first',
    ]);
  });

  it('flags an old URL redirected by two files', () => {
    const problems = checkDuplicateSlugs([article('a', { redirectFrom: '[old]' }), article('b', { redirectFrom: '[/blog/old/]' })]);
    expect(problems.map((p) => p.message)).toEqual(['redirectFrom "/blog/old/" is also redirected by content/articles/a.mdx']);
  });

  it('flags a redirectFrom that is no slug or path', () => {
    expect(lines(checkDuplicateSlugs([article('a', { redirectFrom: '["Old Name"]' })]))).toEqual([
      'content/articles/a.mdx:7 – redirectFrom "Old Name" is neither an old file name nor a site path – write the old file name without .mdx (e.g. old-name) or a path with slashes (e.g. /blog/old-name/)',
    ]);
  });

  it('lets an article and a course share a slug (different URLs)', () => {
    const c = contentFile('content/courses/a.mdx', '---\ntitle: x\n---\n');
    expect(checkDuplicateSlugs([article('a'), c])).toEqual([]);
  });
});
