/**
 * One extra build of a copy of the site with fixture content: an article,
 * a course, an author and a learning path whose text fields carry a
 * script-injection string, an article cover image, a course fee, a noindex
 * page, a draft article with a draft path, and a scheduled article. Everything
 * the real content cannot exercise (the real site has no draft today) is
 * asserted on this one build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Resvg } from '@resvg/resvg-js';
import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, text, type BuiltPage } from '../support/dist.ts';
import { distFileFor, jsonLdBlocks, metaValues, origin, sitemapEntries, type SitemapEntry } from '../support/seo.ts';
import { copySite, removeCopy, runBuild, type BuildResult } from '../support/site.ts';

const INJECTION = '</script><script>alert(1)</script>';
const ARTICLE_TITLE = `Fixture ${INJECTION}`;
const COVER_ALT = `Cover "quoted" 'single' ${INJECTION}`;
const AUTHOR_NAME = `Author ${INJECTION}`;
const COURSE_TITLE = `Course ${INJECTION}`;

const yamlString = (s: string) => JSON.stringify(s);

const article = `---
title: ${yamlString(ARTICLE_TITLE)}
description: ${yamlString(`Fixture description ${INJECTION} proving that every printed value stays inert.`)}
pubDate: 2026-11-20
updatedDate: 2026-11-22
author: fixture-author
tags: [fixture]
cover: ./fixture-cover.png
coverAlt: ${yamlString(COVER_ALT)}
relatedCourses: [fixture-course]
---

A paragraph with a link to [the course list](/courses/) for feed readers.

## A heading in the fixture
`;

const course = `---
title: ${yamlString(COURSE_TITLE)}
summary: ${yamlString(`Course summary ${INJECTION} for the structured-data fixture.`)}
pubDate: 2026-11-19
level: beginner
duration: { weeks: 4, hoursPerWeek: 5 }
mode: classroom
location: ${yamlString(`Vadodara ${INJECTION}`)}
audience: [${yamlString(`Learners ${INJECTION}`)}]
outcomes: ["Outcome"]
modules:
  - title: ${yamlString(`Module ${INJECTION}`)}
    topics: ["Topic"]
fee: 12345
---

Course body.
`;

const author = `name: ${yamlString(AUTHOR_NAME)}
role: ${yamlString(`Role ${INJECTION}`)}
bio: ${yamlString(`A fixture author whose bio holds ${INJECTION} on purpose.`)}
links:
  - label: ${yamlString(`Profile ${INJECTION}`)}
    url: https://example.test/profile
`;

/** A draft article with its own tag, listed by a draft path: neither may appear anywhere. */
const draftArticle = `---
title: "Fixture draft article"
description: "A draft fixture article that must have no page and no link from any page, list, feed or file."
pubDate: 2026-11-18
author: fixture-author
tags: [fixture-draft-tag]
draft: true
relatedCourses: [fixture-course]
---

Draft text.
`;

const scheduledArticle = `---
title: "Fixture scheduled article"
description: "A scheduled fixture article: until its day, the learning path that lists it leaves its step out."
pubDate: 2099-01-01
author: fixture-author
tags: [fixture]
---

Scheduled text.
`;

const PATH_TITLE = `Path ${INJECTION}`;
const STEP_TITLE = `Step ${INJECTION}`;
const path = `title: ${yamlString(PATH_TITLE)}
description: ${yamlString(`Path description ${INJECTION} proving that a learning path's values stay inert.`)}
steps:
  - title: "Not yet"
    articles: [fixture-scheduled]
  - title: ${yamlString(STEP_TITLE)}
    summary: ${yamlString(`Summary ${INJECTION}`)}
    articles: [fixture-injection]
  - title: "Then"
    articles: [what-is-a-rest-api]
course: fixture-course
`;

const draftPath = `title: "Fixture draft path"
description: "A draft learning path listing a draft article: no page, no link, not in the sitemap or llms.txt."
steps:
  - title: "Only step"
    articles: [fixture-draft]
draft: true
`;

const noindexPage = `---
import BaseLayout from '../layouts/BaseLayout.astro';
---

<BaseLayout title="Fixture noindex page" description="A fixture page that asks search engines not to index it, so the sitemap must leave it out." noindex>
  <h1>Fixture noindex page</h1>
</BaseLayout>
`;

/** A 1600×900 cover: larger than the link-preview size, so every crop comes from real pixels. */
function coverPng(): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#0d7d72"/><circle cx="800" cy="450" r="300" fill="#c9f5ec"/></svg>`;
  return new Resvg(svg).render().asPng();
}

let dir = '';
let build: BuildResult;
let pages: BuiltPage[] = [];
let sitemap: SitemapEntry[] = [];
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return found;
};
const readDist = (url: string) => readFile(distFileFor(url, join(dir, 'dist')) ?? `not on the site: ${url}`);

beforeAll(async () => {
  dir = await copySite();
  await writeFile(join(dir, 'content/articles/fixture-injection.mdx'), article);
  await writeFile(join(dir, 'content/articles/fixture-cover.png'), coverPng());
  await writeFile(join(dir, 'content/courses/fixture-course.mdx'), course);
  await writeFile(join(dir, 'content/authors/fixture-author.yaml'), author);
  await writeFile(join(dir, 'content/articles/fixture-draft.mdx'), draftArticle);
  await writeFile(join(dir, 'content/articles/fixture-scheduled.mdx'), scheduledArticle);
  await writeFile(join(dir, 'content/paths/fixture-path.yaml'), path);
  await writeFile(join(dir, 'content/paths/fixture-draft-path.yaml'), draftPath);
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(join(dir, 'src/pages/fixture-noindex.astro'), noindexPage);
  build = await runBuild(dir);
  if (build.code !== 0) return;
  pages = await allPages(join(dir, 'dist'));
  sitemap = await sitemapEntries(join(dir, 'dist'));
});

afterAll(() => removeCopy(dir));

describe('fixture build', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('the injection string is inert on every page it reaches', () => {
    const reached = pages.filter((p) => p.doc.textContent.includes(INJECTION) || p.html.includes('\\u003c/script\\u003e'));
    expect(reached.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/blog/fixture-injection/', '/courses/fixture-course/', '/authors/fixture-author/', '/paths/fixture-path/', '/paths/']),
    );
    // The blog list page that lists the fixture: the first, or a later one once the site has more articles than a page holds.
    expect(reached.some((p) => /^\/blog\/(\d+\/)?$/.test(p.path))).toBe(true);
    for (const p of reached) {
      // Inside a double-quoted attribute "<" is plain text (Astro escapes only & and "), so the string may
      // stay literal there; cut every quoted value out the way an HTML tokenizer does, and none may remain.
      expect(p.html.replace(/="[^"]*"/g, '=""'), p.path).not.toContain('<script>alert(1)</script>');
      for (const script of p.doc.querySelectorAll('script')) {
        if (script.getAttribute('type') === 'application/ld+json') {
          expect(() => JSON.parse(script.textContent), p.path).not.toThrow();
        } else {
          expect(script.textContent, p.path).not.toContain('alert');
        }
      }
      // Each JSON-LD block is one element whose text is exactly one JSON value: nothing leaked out of it.
      const raw = [...p.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      expect(raw.length, p.path).toBe(jsonLdBlocks(p.doc).length);
      for (const json of raw) expect(json).not.toMatch(/[<>]/);
    }
  });

  it('titles, descriptions and attributes carry the value as text, quotes included', () => {
    const a = page('/blog/fixture-injection/');
    expect(text(a.doc.querySelector('title'))).toBe(`${ARTICLE_TITLE} | VTechLabs`);
    expect(text(a.doc.querySelector('h1'))).toBe(ARTICLE_TITLE);
    expect(metaValues(a.doc, 'og:title')).toEqual([ARTICLE_TITLE]);
    expect(metaValues(a.doc, 'og:image:alt')).toEqual([COVER_ALT]);
    expect(metaValues(a.doc, 'description')[0]).toContain(INJECTION);
  });

  it('the JSON-LD holds the exact values', () => {
    const [post] = jsonLdBlocks(page('/blog/fixture-injection/').doc).filter((b) => b['@type'] === 'BlogPosting');
    expect(post?.['headline']).toBe(ARTICLE_TITLE);
    expect(post?.['author']).toMatchObject({ '@type': 'Person', name: AUTHOR_NAME });
    const [person] = jsonLdBlocks(page('/authors/fixture-author/').doc).filter((b) => b['@type'] === 'Person');
    expect(person?.['name']).toBe(AUTHOR_NAME);
    const [crumbs] = jsonLdBlocks(page('/courses/fixture-course/').doc).filter((b) => b['@type'] === 'BreadcrumbList');
    expect((crumbs?.['itemListElement'] as { name: string }[]).at(-1)?.name).toBe(COURSE_TITLE);
    const [list] = jsonLdBlocks(page('/paths/fixture-path/').doc).filter((b) => b['@type'] === 'ItemList');
    expect(list?.['name']).toBe(PATH_TITLE);
    expect((list?.['itemListElement'] as { name: string }[]).map((i) => i.name)).toEqual([
      ARTICLE_TITLE,
      text(page('/blog/what-is-a-rest-api/').doc.querySelector('h1')),
    ]);
  });

  it('the feed escapes the values and still parses', async () => {
    const feed = parseFeed(await readFile(join(dir, 'dist/rss.xml'), 'utf8'));
    const item = feed.items.find((i) => i.url === `${origin}/blog/fixture-injection/`);
    expect(item?.title).toBe(ARTICLE_TITLE);
    expect(item?.authors.map((x) => x.name)).toEqual([AUTHOR_NAME]);
    expect(item?.content).toContain(`href="${origin}/courses/"`);
  });

  it('llms.txt keeps each entry on one line', async () => {
    const lines = (await readFile(join(dir, 'dist/llms.txt'), 'utf8')).split('\n');
    expect(lines.filter((l) => l.includes('/blog/fixture-injection/'))).toHaveLength(1);
  });
});

describe('cover images', () => {
  it('a cover replaces the generated card: a 1200×630 JPEG under 300 KB', async () => {
    const a = page('/blog/fixture-injection/');
    const [url] = metaValues(a.doc, 'og:image');
    expect(url).toMatch(new RegExp(`^${origin}/_astro/.+\\.jpg$`));
    const bytes = await readDist(url ?? '');
    expect(imageSize(bytes)).toEqual({ type: 'jpg', width: 1200, height: 630 });
    expect(bytes.length).toBeLessThan(300 * 1024);
    expect(metaValues(a.doc, 'og:image:type')).toEqual(['image/jpeg']);
    expect(pages.some((p) => p.html.includes('/og/blog/fixture-injection'))).toBe(false);
  });

  it('structured data gets the cover cropped to 16:9, 4:3 and 1:1', async () => {
    const [post] = jsonLdBlocks(page('/blog/fixture-injection/').doc).filter((b) => b['@type'] === 'BlogPosting');
    const sizes = [];
    for (const url of post?.['image'] as string[]) sizes.push(imageSize(await readDist(url)));
    expect(sizes).toEqual([
      { type: 'jpg', width: 1200, height: 675 },
      { type: 'jpg', width: 1200, height: 900 },
      { type: 'jpg', width: 900, height: 900 },
    ]);
  });
});

describe('courses with a fee and no batch announced', () => {
  it('offers the price in INR and describes the course without inventing a start date', () => {
    const [ld] = jsonLdBlocks(page('/courses/fixture-course/').doc).filter((b) => b['@type'] === 'Course');
    expect(ld?.['offers']).toEqual([expect.objectContaining({ category: 'Paid', price: 12345, priceCurrency: 'INR' })]);
    expect(ld?.['hasCourseInstance']).toEqual([
      expect.objectContaining({ courseMode: 'Onsite', courseWorkload: 'PT20H', courseSchedule: expect.objectContaining({ repeatCount: 4 }) }),
    ]);
    expect(JSON.stringify(ld)).not.toContain('startDate');
  });
});

describe('sitemap', () => {
  it('leaves out a page that says noindex and dates an updated article by its update', () => {
    expect(pages.some((p) => p.path === '/fixture-noindex/')).toBe(true);
    expect(sitemap.map((e) => e.loc)).not.toContain(`${origin}/fixture-noindex/`);
    const entry = sitemap.find((e) => e.loc === `${origin}/blog/fixture-injection/`);
    expect(new Date(entry?.lastmod ?? '').getTime()).toBe(new Date('2026-11-22T00:00:00Z').getTime());
  });
});

describe('learning paths with a scheduled article', () => {
  it('leave out a step whose only article is not published yet, and number the rest', () => {
    const p = page('/paths/fixture-path/');
    expect(p.doc.querySelectorAll('article > ol > li h2').map((h) => text(h))).toEqual([`Step 1: ${STEP_TITLE}`, 'Step 2: Then']);
    const step = page('/blog/fixture-injection/').doc.querySelector('article header a[href="/paths/fixture-path/"]');
    expect(text(step)).toBe(`Step 1 of 2 · ${PATH_TITLE}`);
    expect(pages.some((x) => x.html.includes('/blog/fixture-scheduled/'))).toBe(false);
  });

  it('show each path an article is a step of', () => {
    const rest = page('/blog/what-is-a-rest-api/').doc;
    expect(rest.querySelectorAll('article header a[href^="/paths/"]').map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/paths/fixture-path/', '/paths/how-to-become-a-backend-developer/']),
    );
    expect(rest.querySelectorAll('nav[aria-labelledby^="path-"]')).toHaveLength(2);
  });

  it('lead from the last step to the course', () => {
    const nav = page('/blog/what-is-a-rest-api/').doc.querySelector('nav[aria-labelledby="path-fixture-path"]');
    const next = nav?.querySelectorAll('p a').find((a) => text(a).startsWith('Next'));
    expect(next?.getAttribute('href')).toBe('/courses/fixture-course/');
    expect(text(next)).toContain(COURSE_TITLE);
  });
});

describe('drafts', () => {
  const DRAFTS = ['/blog/fixture-draft/', '/paths/fixture-draft-path/', '/blog/tags/fixture-draft-tag/'];

  it('have no page', () => {
    for (const path of DRAFTS)
      expect(
        pages.some((p) => p.path === path),
        path,
      ).toBe(false);
  });

  it('are linked from no page', () => {
    for (const p of pages) for (const path of DRAFTS) expect(p.html.includes(path), `${p.path} links to ${path}`).toBe(false);
    expect(pages.some((p) => p.html.includes('Fixture draft'))).toBe(false);
  });

  it('are absent from the sitemap, the feed and llms.txt', async () => {
    const everywhere = [
      sitemap.map((e) => e.loc).join('\n'),
      await readFile(join(dir, 'dist/rss.xml'), 'utf8'),
      await readFile(join(dir, 'dist/llms.txt'), 'utf8'),
    ].join('\n');
    expect(everywhere).toContain('/blog/fixture-injection/');
    for (const path of DRAFTS) expect(everywhere).not.toContain(path);
    expect(everywhere).not.toContain('Fixture draft');
  });
});
