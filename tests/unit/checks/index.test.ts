import { describe, expect, it } from 'vitest';
import { checkSite, ownProblems, type SiteInputs } from '../../../src/lib/checks/index.ts';
import type { ContentFile } from '../../../src/lib/content/files.ts';
import { formatReport } from '../../../src/lib/checks/problems.ts';
import { article, author, contentFile, course, CONTEXT_INPUTS, lines } from '../../support/content-files.ts';

const inputs = (listed: string[] = []): SiteInputs => ({
  ...CONTEXT_INPUTS,
  listedUrls: listed.map((path, i) => ({ path, line: i + 1 })),
});

const linker = article('linker', { tags: '[careers]' }, 'Read [the guide](/blog/guide/).\n');
const guide = article('guide', { tags: '[guides]' });
const siteOf = (broken: ContentFile, listed: string[] = []) => checkSite([author, linker, broken], inputs(listed));

describe('checkSite', () => {
  it('finds nothing in good content', () => {
    expect(siteOf(guide, ['/blog/guide/', '/blog/tags/guides/'])).toEqual({ problems: [], consequences: [], broken: [] });
  });

  it('reports a broken file as itself, and the links to it and its URLs only as following from it', () => {
    for (const broken of [
      contentFile('content/articles/guide.mdx', ''),
      contentFile('content/articles/guide.mdx', '---\ntitle: "Guide"\n\nBody\n'),
      article('guide', { pubDate: '' }),
      article('guide', { tags: 'guides' }),
    ]) {
      const report = siteOf(broken, ['/blog/guide/', '/blog/tags/guides/']);
      expect(report.broken).toEqual(['content/articles/guide.mdx']);
      expect(report.problems.length).toBeGreaterThan(0);
      expect(report.problems.every((p) => p.path === 'content/articles/guide.mdx')).toBe(true);
      for (const c of report.consequences) expect(c.causes).toEqual(['content/articles/guide.mdx']);
      expect(formatReport(report, 'build stopped').split('\n')[0]).toMatch(/^content\/articles\/guide\.mdx:\d+ – /);
    }
  });

  it('lists the link to a file whose pubDate is missing after it, naming it as the cause', () => {
    const report = siteOf(
      contentFile(
        'content/articles/guide.mdx',
        '---\ntitle: "Guide"\ndescription: "A description long enough to be a useful search-result snippet."\nauthor: faculty\ntags: [guides]\n---\n',
      ),
      ['/blog/guide/'],
    );
    expect(lines(report.problems)).toEqual(['content/articles/guide.mdx:2 – pubDate is missing – add it, e.g. pubDate: 2026-11-24 (a date, YYYY-MM-DD)']);
    expect(report.consequences.map((c) => `${c.path}:${c.line} ${c.causes.join()}`)).toEqual([
      'content/articles/linker.mdx:9 content/articles/guide.mdx',
      'published-urls.txt:1 content/articles/guide.mdx',
    ]);
  });

  it('keeps a problem that does not follow from the broken file among the problems', () => {
    const typo = article('typo', {}, 'See [the list](/blog/tags/nope/).\n');
    const report = checkSite([author, linker, typo, contentFile('content/articles/guide.mdx', '')], inputs(['/blog/tags/guides/']));
    expect(report.problems.map((p) => p.path)).toEqual(['content/articles/guide.mdx', 'content/articles/typo.mdx']);
    expect(report.consequences.map((c) => c.path)).toEqual(['content/articles/linker.mdx', 'published-urls.txt']);
  });

  it('lists broken files first, then the others by file and line', () => {
    const report = checkSite(
      [author, article('a-first', { titel: '"x"' }), article('b-second', {}, '# Heading one\n'), course('z', { level: 'expert' })],
      inputs(),
    );
    expect(report.problems.map((p) => p.path)).toEqual([
      'content/articles/a-first.mdx',
      ...Array(report.problems.length - 2).fill('content/courses/z.mdx'),
      'content/articles/b-second.mdx',
    ]);
  });

  it('does not blame a broken author file in every article that names it', () => {
    const report = checkSite([contentFile('content/authors/faculty.yaml', 'name: [x\n'), guide], inputs());
    expect(report.problems.map((p) => p.path)).toEqual(['content/authors/faculty.yaml']);
    expect(report.consequences).toEqual([]);
  });
});

describe('ownProblems', () => {
  it('checks one file on its own, as astro dev does when it is saved', () => {
    expect(lines(ownProblems([article('t', { tags: 'backend', descripton: '"x"' })]))).toEqual([
      'content/articles/t.mdx:6 – tags should be a list, not the text "backend" – write it as a list: tags: [backend]',
      'content/articles/t.mdx:7 – unknown field "descripton" – did you mean "description"?',
    ]);
  });
});
