import { describe, expect, it } from 'vitest';
import { datedContent, datedPaths, entryLastModified, lastModified, pathLastModified, type DatedContent } from '../../../src/lib/dates/last-modified.ts';

const d = (day: string) => new Date(`${day}T00:00:00Z`);
const content: DatedContent[] = [
  { collection: 'articles', id: 'old', pubDate: d('2026-01-01'), updatedDate: d('2026-03-01'), tags: ['sql'], author: 'ann' },
  { collection: 'articles', id: 'new', pubDate: d('2026-02-01'), tags: ['apis'], author: 'bob' },
  { collection: 'courses', id: 'sql', pubDate: d('2026-01-15'), updatedDate: d('2026-04-01'), tags: [] },
];

describe('entryLastModified', () => {
  it('takes the updated date when it is later, else the published date', () => {
    expect(entryLastModified({ pubDate: d('2026-01-01'), updatedDate: d('2026-02-01') })).toEqual(d('2026-02-01'));
    expect(entryLastModified({ pubDate: d('2026-01-01'), updatedDate: d('2025-12-01') })).toEqual(d('2026-01-01'));
    expect(entryLastModified({ pubDate: d('2026-01-01') })).toEqual(d('2026-01-01'));
  });
});

describe('lastModified', () => {
  it("dates an entry's own page by its updated date, else its published date", () => {
    expect(lastModified('/blog/old/', content)).toEqual(d('2026-03-01'));
    expect(lastModified('/blog/new/', content)).toEqual(d('2026-02-01'));
    expect(lastModified('/courses/sql/', content)).toEqual(d('2026-04-01'));
  });

  it('dates a list page by the newest change among the entries it shows', () => {
    expect(lastModified('/', content)).toEqual(d('2026-04-01'));
    expect(lastModified('/blog/', content)).toEqual(d('2026-03-01'));
    expect(lastModified('/blog/2/', content)).toEqual(d('2026-03-01'));
    expect(lastModified('/blog/tags/', content)).toEqual(d('2026-03-01'));
    expect(lastModified('/blog/tags/apis/', content)).toEqual(d('2026-02-01'));
    expect(lastModified('/courses/', content)).toEqual(d('2026-04-01'));
    expect(lastModified('/authors/bob/', content)).toEqual(d('2026-02-01'));
  });

  it('gives no date to pages no content dates, rather than a wrong one', () => {
    expect(lastModified('/about/', content)).toBeUndefined();
    expect(lastModified('/authors/', content)).toBeUndefined();
    expect(lastModified('/blog/missing/', content)).toBeUndefined();
  });
});

describe('datedContent', () => {
  const now = d('2026-06-01');
  const file = (id: string, data: Record<string, unknown>, collection = 'articles') => ({ collection, id, data });

  it('reads dates like the schema does and keeps only published articles and courses', () => {
    const entries = datedContent(
      [
        file('live', { pubDate: '2026-05-01', updatedDate: '2026-05-20', tags: ['sql'], author: 'ann' }),
        file('as-date', { pubDate: d('2026-04-01') }, 'courses'),
        file('draft', { pubDate: '2026-05-01', draft: true }),
        file('scheduled', { pubDate: '2026-07-01' }),
        file('undated', { pubDate: 'not a date' }),
        file('ann', { name: 'Ann' }, 'authors'),
      ],
      now,
    );
    expect(entries.map((e) => e.id)).toEqual(['live', 'as-date']);
    expect(entries[0]).toEqual({ collection: 'articles', id: 'live', pubDate: d('2026-05-01'), updatedDate: d('2026-05-20'), tags: ['sql'], author: 'ann' });
  });
});

describe('learning paths', () => {
  const history = new Map([['content/paths/sql.yaml', d('2026-05-01')]]);
  const paths = [
    { id: 'sql', articles: ['old', 'new'], filePath: 'content/paths/sql.yaml' },
    { id: 'apis', articles: ['new', 'missing'], filePath: 'content/paths/apis.yaml' },
  ];

  it('dates a path by its own file or the articles it shows, whichever changed last', () => {
    expect(pathLastModified(paths[0]!, content, history)).toEqual(d('2026-05-01'));
    expect(pathLastModified(paths[1]!, content, history)).toEqual(d('2026-02-01'));
    expect(pathLastModified({ id: 'x', articles: ['old'] }, content, new Map())).toEqual(d('2026-03-01'));
  });

  it('dates the path pages and their list in the sitemap', () => {
    expect(lastModified('/paths/apis/', content, paths, history)).toEqual(d('2026-02-01'));
    expect(lastModified('/paths/', content, paths, history)).toEqual(d('2026-05-01'));
    expect(lastModified('/paths/unknown/', content, paths, history)).toBeUndefined();
  });

  it('reads the published paths and their articles, overview first, from raw files', () => {
    const file = (id: string, data: Record<string, unknown>) => ({ collection: 'paths', id, data, path: `content/paths/${id}.yaml` });
    expect(
      datedPaths([
        file('live', { overview: 'intro', steps: [{ title: 'A', articles: ['a', 'b'] }, { title: 'B', articles: ['c'] }, 'not a step'] }),
        file('draft', { draft: true, steps: [{ title: 'A', articles: ['a'] }] }),
        { collection: 'articles', id: 'a', data: {} },
      ]),
    ).toEqual([{ id: 'live', articles: ['intro', 'a', 'b', 'c'], filePath: 'content/paths/live.yaml' }]);
  });
});
