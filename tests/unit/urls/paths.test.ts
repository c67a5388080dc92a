import { describe, expect, it } from 'vitest';
import {
  articlePath,
  authorPath,
  batchCalendarPath,
  cardPath,
  courseCalendarPath,
  coursePath,
  entryPath,
  inLanguage,
  splitPathLanguage,
  isKnownPage,
  learningPathPath,
  knownPages,
  PAGES,
  pageOfPath,
  routePattern,
  staticPagePath,
  tagPath,
} from '../../../src/lib/urls/paths.ts';
import { PAGE_FILES } from '../../support/content-files.ts';

describe('staticPagePath', () => {
  it('maps page files to the paths they build', () => {
    expect(['index.astro', 'about.astro', 'blog/tags/index.astro', '404.astro', 'rss.xml.ts'].map(staticPagePath)).toEqual([
      '/',
      '/about/',
      '/blog/tags/',
      '/404.html',
      '/rss.xml',
    ]);
  });
});

describe('routePattern', () => {
  it('matches the shape of a dynamic route', () => {
    expect(routePattern('og/[slug].png.ts').test('/og/a-b.png')).toBe(true);
    expect(routePattern('og/[slug].png.ts').test('/og/a/b.png')).toBe(false);
    expect(routePattern('docs/[...rest].astro').test('/docs/a/b/')).toBe(true);
  });
});

describe('knownPages', () => {
  const pages = knownPages({
    pageFiles: [...PAGE_FILES, 'search.astro', 'og/[slug].png.ts', '_partial.astro'],
    articles: Array.from({ length: 11 }, (_, i) => ({ id: `a${i}`, tags: i === 0 ? ['sql', 'api'] : ['sql'] })),
    courses: ['backend'],
    authors: ['faculty'],
    paths: ['backend'],
    blogPageSize: 10,
  });

  it('lists static pages, content pages, tag pages and blog pages', () => {
    for (const path of [
      '/',
      '/about/',
      '/search/',
      '/blog/',
      '/blog/2/',
      '/blog/a10/',
      '/blog/tags/api/',
      '/courses/backend/',
      '/authors/faculty/',
      '/paths/backend/',
      '/404.html',
    ]) {
      expect(isKnownPage(pages, path), path).toBe(true);
    }
  });

  it('does not list what the content does not make', () => {
    for (const path of ['/blog/3/', '/blog/a11/', '/blog/tags/none/', '/courses/x/', '/paths/x/', '/_partial/'])
      expect(isKnownPage(pages, path), path).toBe(false);
  });

  it('matches other dynamic routes by shape', () => {
    expect(isKnownPage(pages, '/og/anything.png')).toBe(true);
  });
});

describe('pageOfPath', () => {
  it('reads back what each path function builds', () => {
    expect(pageOfPath(articlePath('what-is-a-rest-api'))).toEqual({ kind: 'article', id: 'what-is-a-rest-api' });
    expect(pageOfPath(coursePath('backend-development'))).toEqual({ kind: 'course', id: 'backend-development' });
    expect(pageOfPath(authorPath('faculty'))).toEqual({ kind: 'author', id: 'faculty' });
    expect(pageOfPath(tagPath('apis'))).toEqual({ kind: 'tag', id: 'apis' });
    expect(pageOfPath(learningPathPath('backend'))).toEqual({ kind: 'path', id: 'backend' });
  });

  it('knows the list pages, page 2 of the blog included', () => {
    expect(pageOfPath(PAGES.home).kind).toBe('home');
    expect(pageOfPath(PAGES.blog).kind).toBe('blog');
    expect(pageOfPath('/blog/2/').kind).toBe('blog');
    expect(pageOfPath(PAGES.topics).kind).toBe('topics');
    expect(pageOfPath(PAGES.courses).kind).toBe('courses');
    expect(pageOfPath(PAGES.authors).kind).toBe('authors');
    expect(pageOfPath(PAGES.paths).kind).toBe('paths');
  });

  it('calls anything else other', () => {
    for (const path of [PAGES.about, PAGES.search, '/blog/a/b/', '/courses/a/b/', '/paths/a/b/', '/rss.xml']) expect(pageOfPath(path).kind, path).toBe('other');
  });
});

describe('calendar files', () => {
  it('sit beside the course page, and are matched by the shape of their routes', () => {
    expect(courseCalendarPath('sql')).toBe('/courses/sql/batches.ics');
    expect(batchCalendarPath('sql', 'sql-2027-01')).toBe('/courses/sql/batches/sql-2027-01.ics');
    expect(PAGES.batchesCalendar).toBe('/batches.ics');
    const pages = knownPages({
      pageFiles: [...PAGE_FILES, 'batches.ics.ts', 'courses/[slug]/batches.ics.ts', 'courses/[slug]/batches/[batch].ics.ts'],
      articles: [],
      courses: ['sql'],
      authors: [],
      paths: [],
      blogPageSize: 10,
    });
    for (const path of [PAGES.batchesCalendar, courseCalendarPath('sql'), batchCalendarPath('sql', 'b')]) expect(isKnownPage(pages, path), path).toBe(true);
    expect(pageOfPath(courseCalendarPath('sql')).kind).toBe('other');
  });
});

describe('cardPath', () => {
  it('names one PNG per page and one per article image ratio', () => {
    expect(cardPath('home')).toBe('/og/home.png');
    expect(cardPath('course', 'y')).toBe('/og/courses/y.png');
    expect(cardPath('path', 'z')).toBe('/og/paths/z.png');
    expect(cardPath('article', 'x', '4x3')).toBe('/og/blog/x.4x3.png');
  });
});

describe('paths in a language', () => {
  it('keep English paths as they are and put other languages under their code', () => {
    expect(articlePath('x')).toBe('/blog/x/');
    expect(articlePath('x', 'en')).toBe('/blog/x/');
    expect(articlePath('x', 'gu')).toBe('/gu/blog/x/');
    expect(coursePath('x', 'hi')).toBe('/hi/courses/x/');
    expect(learningPathPath('x', 'gu')).toBe('/gu/paths/x/');
    expect(tagPath('sql', 'hi')).toBe('/hi/blog/tags/sql/');
    expect(inLanguage(PAGES.home, 'gu')).toBe('/gu/');
    expect(entryPath('articles', 'x', 'hi')).toBe('/hi/blog/x/');
  });

  it('read a path back as its language and shared path, and a slug that starts like a code is English (Astro issue 14359)', () => {
    expect(splitPathLanguage('/gu/blog/x/')).toEqual({ language: 'gu', sharedPath: '/blog/x/' });
    expect(splitPathLanguage('/hi/')).toEqual({ language: 'hi', sharedPath: '/' });
    expect(splitPathLanguage('/hi')).toEqual({ language: 'hi', sharedPath: '/' });
    expect(splitPathLanguage('/guide/')).toEqual({ language: 'en', sharedPath: '/guide/' });
    expect(splitPathLanguage('/blog/gu/')).toEqual({ language: 'en', sharedPath: '/blog/gu/' });
    expect(splitPathLanguage('/en/')).toEqual({ language: 'en', sharedPath: '/en/' });
    expect(splitPathLanguage('/')).toEqual({ language: 'en', sharedPath: '/' });
  });
});

describe('knownPages with pages per language', () => {
  const pages = knownPages({
    pageFiles: ['index.astro', '[lang]/index.astro', '[lang]/404.astro', '[lang]/rss.xml.ts', '[lang]/blog/[slug].astro', '[lang]/blog/[...page].astro'],
    articles: [{ id: 'a', tags: ['sql'] }],
    courses: [],
    authors: [],
    paths: [],
    blogPageSize: 10,
  });

  it('lists the static pages of [lang]/ once per translation language', () => {
    for (const path of ['/gu/', '/hi/', '/gu/404.html', '/hi/rss.xml']) expect(pages.paths.has(path), path).toBe(true);
    expect(pages.paths.has('/en/')).toBe(false);
  });

  it('matches translated content pages by shape, under a language prefix only', () => {
    expect(isKnownPage(pages, '/gu/blog/a/')).toBe(true);
    expect(isKnownPage(pages, '/hi/blog/2/')).toBe(true);
    expect(isKnownPage(pages, '/fr/blog/a/')).toBe(false);
    expect(isKnownPage(pages, '/guide/')).toBe(false);
  });
});
