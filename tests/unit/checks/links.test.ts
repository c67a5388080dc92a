import { describe, expect, it } from 'vitest';
import { checkLinks, internalTarget } from '../../../src/lib/checks/links.ts';
import { article, author, contentFile, context, course, lines } from '../../support/content-files.ts';

const target = article('what-is-a-rest-api', {}, '## HTTP methods\n\n## Status codes\n\n## Status codes\n');
const check = (...files: ReturnType<typeof article>[]) => lines(checkLinks(context([author, target, course('backend'), ...files])));

describe('internalTarget', () => {
  it('resolves site paths, relative paths and absolute URLs on the site', () => {
    expect(internalTarget('/blog/x/#a', '/blog/y/', 'https://www.example.org')).toEqual({ path: '/blog/x/', fragment: 'a' });
    expect(internalTarget('../x/', '/blog/y/', 'https://www.example.org')).toEqual({ path: '/blog/x/', fragment: '' });
    expect(internalTarget('#a', '/blog/y/', 'https://www.example.org')).toEqual({ path: '/blog/y/', fragment: 'a' });
    expect(internalTarget('https://www.example.org/about/', '/blog/y/', 'https://www.example.org')?.path).toBe('/about/');
  });

  it('leaves other sites, mail and phone links alone', () => {
    for (const url of ['https://example.com/x/', '//cdn.example.com/x', 'mailto:a@b.c', 'tel:+910000000000']) {
      expect(internalTarget(url, '/', 'https://www.example.org'), url).toBeUndefined();
    }
  });
});

describe('checkLinks', () => {
  it('accepts links to pages, headings, tags, static pages and public files', () => {
    const body = [
      'See [REST](/blog/what-is-a-rest-api/#http-methods), [again](/blog/what-is-a-rest-api/#status-codes-1),',
      '[course](/courses/backend/), [tag](/blog/tags/backend/), [about](/about/), [home](/), [icon](/favicon.svg),',
      'and [this page](#intro).',
      '',
      '## Intro',
    ].join('\n');
    expect(lines(checkLinks(context([author, target, course('backend'), article('ok', {}, body)], { existingFiles: ['public/favicon.svg'] })))).toEqual([]);
  });

  it('names a mistyped page link with its line and the closest page', () => {
    expect(check(article('a', {}, 'Intro.\n\nRead [this](/blog/what-is-a-rest-ap/) first.\n'))).toEqual([
      'content/articles/a.mdx:11 – link "/blog/what-is-a-rest-ap/": no page has the URL /blog/what-is-a-rest-ap/ – did you mean "/blog/what-is-a-rest-api/"?',
    ]);
  });

  it('names a #heading that the target page does not have', () => {
    expect(check(article('a', {}, '[x](/blog/what-is-a-rest-api/#http-method)\n'))).toEqual([
      'content/articles/a.mdx:9 – link "/blog/what-is-a-rest-api/#http-method": /blog/what-is-a-rest-api/ has no heading with the id "#http-method" – did you mean "#http-methods"?',
    ]);
  });

  it('checks #fragments on the same page', () => {
    expect(check(article('a', {}, '[x](#nowhere)\n\n## Somewhere\n'))[0]).toContain('has no heading with the id "#nowhere"');
  });

  it('asks for the trailing slash', () => {
    expect(check(article('a', {}, '[x](/about)\n'))[0]).toBe('content/articles/a.mdx:9 – link "/about": the URL lacks its trailing slash – write "/about/"');
  });

  it('explains that a link to a source file is not a page', () => {
    expect(check(article('a', {}, '[x](./what-is-a-rest-api.mdx)\n'))[0]).toContain(
      'links to a source file, which is not a page of the site – link to the page\'s URL instead, e.g. "/blog/what-is-a-rest-api/"',
    );
  });

  it('treats links to drafts as broken in a production build', () => {
    const draft = article('draft', { draft: 'true' });
    expect(check(draft, article('a', {}, '[x](/blog/draft/)\n'))[0]).toContain('no page has the URL /blog/draft/');
  });

  it('checks links in drafts too, which may lead to other drafts', () => {
    const other = article('other-draft', { draft: 'true' });
    const draft = article('draft', { draft: 'true' }, '[ok](/blog/other-draft/) [typo](/blog/what-is-a-rest-apii/)\n');
    expect(check(other, draft)).toEqual([
      'content/articles/draft.mdx:10 – link "/blog/what-is-a-rest-apii/": no page has the URL /blog/what-is-a-rest-apii/ – did you mean "/blog/what-is-a-rest-api/"?',
    ]);
  });

  it('checks links in HTML/JSX attributes, reference definitions and frontmatter', () => {
    const file = contentFile(
      'content/courses/c.mdx',
      '---\ntitle: "Course c"\npubDate: 2026-01-01\nfaq:\n  - question: "Where?"\n    answer: "See [about](/abuot/)."\n---\n\n<a href="/nope/">x</a>\n\n[ref]: /missing/\n',
    );
    const problems = checkLinks(context([author, file]));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [9, 'link "/nope/": no page has the URL /nope/'],
      [11, 'link "/missing/": no page has the URL /missing/'],
      [5, 'link "/abuot/": no page has the URL /abuot/'],
    ]);
  });

  it('ignores links inside code', () => {
    expect(check(article('a', {}, 'Use `[x](/nope/)` or\n\n```md\n[x](/nope/)\n```\n'))).toEqual([]);
  });

  it('counts redirected old URLs and pages of other dynamic routes as pages', () => {
    const renamed = article('new-name', { redirectFrom: '[old-name]' });
    const ctx = context([author, renamed, article('a', {}, '[x](/blog/old-name/) [y](/og/a.png)\n')], { pageFiles: ['og/[slug].png.ts'] });
    expect(checkLinks(ctx)).toEqual([]);
  });
});
