import { describe, expect, it } from 'vitest';
import { cardEntries, cardList, type CardSources } from '../../../src/lib/social/card-list.ts';
import type { TranslationFile } from '../../../src/lib/content/files.ts';
import { article, contentFile, course } from '../../support/content-files.ts';
import { ARTICLE_IMAGE_SIZES, OG_SIZE } from '../../../src/lib/social/sizes.ts';

const sources: CardSources = {
  siteName: 'VTechLabs',
  tagline: 'Learn backend development',
  host: 'www.vtechlabs.example',
  courses: [{ id: 'sql', title: 'Database Design and SQL', duration: { weeks: 8, hoursPerWeek: 6 } }],
  paths: [{ id: 'backend', title: 'How to become a backend developer', steps: 7 }],
  articles: [
    { id: 'rest', title: 'What is a REST API?', hasCover: false },
    { id: 'photo', title: 'With a cover', hasCover: true },
  ],
};

describe('cardList', () => {
  const cards = cardList(sources);

  it('lists the home card, one per course and path, and four per article without a cover', () => {
    expect(cards.map((c) => c.path)).toEqual([
      '/og/home.png',
      '/og/courses/sql.png',
      '/og/paths/backend.png',
      '/og/blog/rest.png',
      '/og/blog/rest.16x9.png',
      '/og/blog/rest.4x3.png',
      '/og/blog/rest.1x1.png',
    ]);
  });

  it("draws an article's four sizes as one set, each card at its own size", () => {
    const rest = cards.filter((c) => c.path.startsWith('/og/blog/rest'));
    expect(new Set(rest.map((c) => c.set)).size).toBe(1);
    expect(rest.map((c) => c.size)).toEqual([OG_SIZE, ...Object.values(ARTICLE_IMAGE_SIZES)]);
  });

  it('puts the title and the footer of each kind on its card', () => {
    expect(cards[0]?.set.content).toMatchObject({ title: 'Learn backend development', footer: 'www.vtechlabs.example' });
    expect(cards[1]?.set.content).toMatchObject({ title: 'Database Design and SQL', label: 'Course', footer: '8 weeks · 6 hours a week (48 hours)' });
    expect(cards[2]?.set.content).toMatchObject({ title: 'How to become a backend developer', label: 'Learning path', footer: '7 steps' });
    expect(cards[3]?.set.content).toMatchObject({ title: 'What is a REST API?', label: 'Article', footer: 'www.vtechlabs.example' });
  });

  it("gives a course whose duration is not confirmed the site's host as its footer, never a guessed length", () => {
    const [, unconfirmed] = cardList({ ...sources, courses: [{ id: 'api', title: 'REST API Development' }] });
    expect(unconfirmed?.set.content).toMatchObject({ title: 'REST API Development', label: 'Course', footer: 'www.vtechlabs.example' });
  });
});

describe('cardList with translations', () => {
  const cards = cardList({
    ...sources,
    courses: [{ id: 'hi/sql', title: 'डेटाबेस डिज़ाइन और SQL', duration: { weeks: 8, hoursPerWeek: 6 } }],
    paths: [],
    articles: [{ id: 'gu/rest', title: 'REST API એટલે શું?', hasCover: false }],
  });

  it("draws a translation's cards at its own id's paths, in its language", () => {
    expect(cards.map((c) => c.path)).toEqual([
      '/og/home.png',
      '/og/courses/hi/sql.png',
      '/og/blog/gu/rest.png',
      '/og/blog/gu/rest.16x9.png',
      '/og/blog/gu/rest.4x3.png',
      '/og/blog/gu/rest.1x1.png',
    ]);
    expect(cards[1]?.set.content).toMatchObject({ title: 'डेटाबेस डिज़ाइन और SQL', language: 'hi', label: 'कोर्स' });
    expect(cards[2]?.set.content).toMatchObject({ title: 'REST API એટલે શું?', language: 'gu', label: 'લેખ' });
  });

  it('leaves English cards without a language', () => {
    expect(cards[0]?.set.content.language).toBeUndefined();
  });
});

describe('cardEntries', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const files = [
    article('live'),
    article('photo', { cover: './images/c.png', coverAlt: '"A cover"' }),
    article('draft', { draft: 'true' }),
    course('sql', { duration: '{ weeks: 8, hoursPerWeek: 6 }' }),
    contentFile('content/paths/backend.yaml', 'title: Backend\nsteps:\n  - title: One\n    articles: [live]\n  - title: Two\n    articles: [draft]\n'),
    contentFile('content/paths/unwritten.yaml', 'title: Later\nsteps:\n  - title: One\n    articles: [draft]\n'),
  ];

  it('reads the published entries as the cards need them, paths with the steps their pages show', () => {
    const entries = cardEntries(files, now, false);
    expect(entries.articles).toEqual([
      { id: 'live', title: 'An article called live', hasCover: false },
      { id: 'photo', title: 'An article called photo', hasCover: true },
    ]);
    expect(entries.courses).toEqual([{ id: 'sql', title: 'Course sql', duration: { weeks: 8, hoursPerWeek: 6 } }]);
    expect(entries.paths).toEqual([{ id: 'backend', title: 'Backend', steps: 1 }]);
  });

  it('adds published translations of published originals, at their own ids, with the original facts', () => {
    const translation = (path: string, source: string): TranslationFile => {
      const [, collection, language, name] = path.split('/') as [string, TranslationFile['collection'], 'gu' | 'hi', string];
      return { ...contentFile(path, source), collection, language, sharedId: name.replace(/\.\w+$/, '') };
    };
    const translations = [
      translation('content/articles/gu/photo.mdx', '---\ntitle: "કવર સાથેનો લેખ"\npubDate: 2026-02-01\n---\nલખાણ.\n'),
      translation('content/articles/hi/live.mdx', '---\ntitle: "बाद में"\npubDate: 2026-12-01\n---\nपाठ।\n'),
      translation('content/articles/hi/draft.mdx', '---\ntitle: "मसौदा"\npubDate: 2026-02-01\n---\nपाठ।\n'),
      translation('content/courses/hi/sql.mdx', '---\ntitle: "SQL कोर्स"\npubDate: 2026-02-01\n---\n'),
    ];
    const entries = cardEntries(files, now, false, translations);
    // hi/live is scheduled after `now`; hi/draft translates a draft.
    expect(entries.articles.slice(2)).toEqual([{ id: 'gu/photo', title: 'કવર સાથેનો લેખ', hasCover: true }]);
    expect(entries.courses.slice(1)).toEqual([{ id: 'hi/sql', title: 'SQL कोर्स', duration: { weeks: 8, hoursPerWeek: 6 } }]);
  });

  it('includes drafts where drafts are shown (the dev server)', () => {
    expect(cardEntries(files, now, true).articles.map((a) => a.id)).toContain('draft');
  });
});
