/**
 * Publishing end to end, on throwaway copies of the site: one build that must
 * fail (many broken files and a rename without redirect, all reported
 * together with file:line) and one that must succeed (drafts, a scheduled
 * article, a rename with redirectFrom, scaffolded files, MDX components).
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/lib/build/built-site.ts';
import { brokenLinks } from '../../src/lib/build/link-check.ts';
import { site } from '../../src/site.config.ts';
import { allPages, readPage, type BuiltPage } from '../support/dist.ts';
import { copySite, removeCopy, runBuild, type BuildResult } from '../support/site.ts';

const frontmatter = (fields: Record<string, string>) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n`;
const valid = {
  title: '"A fixture article"',
  description: '"A description long enough to be a useful search-result snippet for readers."',
  pubDate: '2026-01-10',
  author: 'vtechlabs-faculty',
  tags: '[backend]',
};

describe('a build with broken content', () => {
  let dir: string;
  let build: BuildResult;

  beforeAll(async () => {
    dir = await copySite();
    const articles = join(dir, 'content/articles');
    const { description, ...withoutDescription } = valid;
    await writeFile(
      join(articles, 'broken.mdx'),
      frontmatter({ ...withoutDescription, descripton: description, pubDate: '2026-13-01', author: 'nobody', tags: '[Backend]' }) +
        [
          '# A second title',
          '',
          'Read [the REST guide](/blog/what-is-a-rest-ap/) and [its status codes](/blog/what-is-a-rest-api/#status-code).',
          '',
          '![](./images/missing.png)',
          '',
          '<CourseCta course="backend-dev" />',
          '',
        ].join('\n'),
    );
    await writeFile(join(articles, 'short.mdx'), frontmatter({ ...valid, description: '"Too short to help."' }) + 'Text.\n');
    await writeFile(join(articles, 'SQL vs NoSQL databases.md'), frontmatter(valid) + 'Text.\n');
    // A published article renamed without redirectFrom.
    await rename(join(articles, 'how-to-become-a-backend-developer.mdx'), join(articles, 'backend-developer-roadmap.mdx'));
    build = await runBuild(dir);
  });
  afterAll(() => removeCopy(dir));

  it('fails before rendering anything, listing every problem in one report', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/The build stopped on \d+ content problems/);
    expect(build.output).not.toContain('page(s) built');
  });

  it.each([
    ['unknown field', 'content/articles/broken.mdx:6 – unknown field "descripton" – did you mean "description"?'],
    ['invalid date', 'content/articles/broken.mdx:3 – pubDate "2026-13-01" is not a valid date – write the date as YYYY-MM-DD, e.g. 2026-11-24'],
    ['unknown author', 'content/articles/broken.mdx:4 – author "nobody" does not exist'],
    ['tag variant', 'content/articles/broken.mdx:5 – tag "Backend" is not in tag form (lowercase words joined by hyphens) – write "backend"'],
    ['second h1', 'content/articles/broken.mdx:9 – "A second title" is a level-1 heading'],
    [
      'link to no page',
      'content/articles/broken.mdx:11 – link "/blog/what-is-a-rest-ap/": no page has the URL /blog/what-is-a-rest-ap/ – did you mean "/blog/what-is-a-rest-api/"?',
    ],
    [
      'link to no heading',
      'content/articles/broken.mdx:11 – link "/blog/what-is-a-rest-api/#status-code": /blog/what-is-a-rest-api/ has no heading with the id "#status-code"',
    ],
    ['image without alt', 'content/articles/broken.mdx:13 – image "./images/missing.png" has no alt text'],
    ['missing image file', 'content/articles/broken.mdx:13 – image "./images/missing.png" not found (looked for content/articles/images/missing.png)'],
    ['unknown course', 'content/articles/broken.mdx:15 – CourseCta: course "backend-dev" does not exist'],
    [
      'short description',
      'content/articles/short.mdx:3 – description is too short: 18 characters (search results show 50–160) – add at least 32 more characters',
    ],
    ['duplicate slug', 'content/articles/sql-vs-nosql-databases.mdx:1 – duplicate slug "sql-vs-nosql-databases"'],
    ['link to a renamed page', 'link "/blog/how-to-become-a-backend-developer/": no page has the URL /blog/how-to-become-a-backend-developer/'],
    [
      'published URL gone',
      '/blog/how-to-become-a-backend-developer/ was published and no page has this URL any more – if the file was renamed, add "redirectFrom: [how-to-become-a-backend-developer]" to the renamed file in content/articles/',
    ],
  ])('reports the %s with file:line and the fix', (_case, line) => {
    expect(build.output).toContain(line);
  });
});

describe('a build with drafts, a scheduled article, a rename with redirect and new files', () => {
  let dir: string;
  let build: BuildResult;
  let pages: BuiltPage[];
  const dist = () => join(dir, 'dist');

  beforeAll(async () => {
    dir = await copySite();
    const articles = join(dir, 'content/articles');
    const tagged = (tag: string) => `[backend, ${tag}]`;
    await writeFile(
      join(articles, 'draft-fixture.mdx'),
      frontmatter({ ...valid, title: '"Draft fixture title"', tags: tagged('draft-only-tag'), draft: 'true' }) + 'Draft text.\n',
    );
    await writeFile(
      join(articles, 'scheduled-fixture.mdx'),
      frontmatter({ ...valid, title: '"Scheduled fixture title"', tags: tagged('scheduled-only-tag'), pubDate: '2099-01-01' }) + 'Scheduled text.\n',
    );
    await writeFile(
      join(articles, 'components-fixture.mdx'),
      frontmatter(valid) +
        [
          '<Callout type="tip">',
          '',
          'Practise every day.',
          '',
          '</Callout>',
          '',
          '<Figure src="/favicon.svg" alt="The VTechLabs logo" caption="Our logo" />',
          '',
          '<Figure caption="The logo again">',
          '',
          '![The VTechLabs logo, next to the article](./images/logo.svg)',
          '',
          '</Figure>',
          '',
          '<CourseCta course="backend-development" />',
          '',
        ].join('\n'),
    );
    await mkdir(join(articles, 'images'));
    await copyFile(join(dir, 'public/favicon.svg'), join(articles, 'images/logo.svg'));
    // Renamed, with the old slug kept as a redirect.
    const old = await readFile(join(articles, 'what-is-a-rest-api.mdx'), 'utf8');
    await writeFile(join(articles, 'rest-api-basics.mdx'), old.replace(/^draft: false$/m, 'draft: false\nredirectFrom: [what-is-a-rest-api]'));
    await rename(join(articles, 'what-is-a-rest-api.mdx'), join(dir, 'what-is-a-rest-api.mdx.old'));
    // A learning path names articles by file name: the editor updates it after the rename.
    const path = join(dir, 'content/paths/how-to-become-a-backend-developer.yaml');
    await writeFile(path, (await readFile(path, 'utf8')).replace('what-is-a-rest-api', 'rest-api-basics'));
    // So are links to a heading of the renamed page: the redirect page at the old URL has no headings.
    for (const name of await readdir(articles)) {
      if (!name.endsWith('.mdx')) continue;
      const file = join(articles, name);
      const before = await readFile(file, 'utf8');
      const after = before.replaceAll('/blog/what-is-a-rest-api/#', '/blog/rest-api-basics/#');
      if (after !== before) await writeFile(file, after);
    }
    for (const [kind, title] of [
      ['article', 'Scaffolded article'],
      ['course', 'Scaffolded course'],
      ['path', 'Scaffolded path'],
    ] as const) {
      execFileSync(process.execPath, [join(dir, 'scripts/new.ts'), kind, title], { cwd: dir, stdio: 'pipe' });
    }
    build = await runBuild(dir);
    pages = build.code === 0 ? await allPages(dist()) : [];
  });
  afterAll(() => removeCopy(dir));

  it('succeeds, with 0 broken links', async () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('0 broken links');
    const built = await readBuiltSite(dist());
    expect(brokenLinks({ ...built, base: '/', origin: site.url })).toEqual([]);
  });

  it('reminds the editor to list the newly published page', () => {
    expect(build.output).toMatch(/published pages? (is|are) not in published-urls.txt yet \([^)]*\/blog\/components-fixture\//);
  });

  it('leaves drafts, scheduled and scaffolded entries out of every page, list, tag page, sitemap and file', async () => {
    const { files } = await readBuiltSite(dist());
    const textFiles = [...files].filter((f) => /\.(xml|json|txt|js)$/.test(f) || f === '/_redirects');
    const texts = [...pages.map((p) => p.html), ...(await Promise.all(textFiles.map((f) => readFile(join(dist(), f), 'utf8'))))];
    for (const hidden of [
      'draft-fixture',
      'Draft fixture title',
      'draft-only-tag',
      'scheduled-fixture',
      'Scheduled fixture title',
      'scheduled-only-tag',
      'scaffolded-article',
      'scaffolded-course',
      'scaffolded-path',
    ]) {
      expect(texts.filter((t) => t.includes(hidden)).length, hidden).toBe(0);
    }
    expect(textFiles.some((f) => f.startsWith('/sitemap'))).toBe(true);
  });

  it('counts only published articles on tag pages', async () => {
    const page = await readPage('/blog/tags/backend/', dist());
    const cards = page.doc.querySelectorAll('main article').length;
    expect(cards).toBeGreaterThan(0);
    expect(page.doc.querySelector('main')?.textContent).toContain(`${cards} articles`);
  });

  it('redirects the old URL with a meta refresh, a canonical, a link and a _redirects line', async () => {
    const page = await readPage('/blog/what-is-a-rest-api/', dist());
    expect(page.doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/blog/rest-api-basics/');
    expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site.url}/blog/rest-api-basics/`);
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(page.doc.querySelector('main a')?.getAttribute('href')).toBe('/blog/rest-api-basics/');
    expect(await readFile(join(dist(), '_redirects'), 'utf8')).toContain('\n/blog/what-is-a-rest-api/ /blog/rest-api-basics/ 301\n');
  });

  it('renders the MDX components without imports', async () => {
    const page = await readPage('/blog/components-fixture/', dist());
    expect(page.doc.querySelector('[role="note"]')?.textContent).toContain('Tip');
    const figures = page.doc.querySelectorAll('figure');
    expect(figures.map((f) => [f.querySelector('img')?.getAttribute('alt'), f.querySelector('figcaption')?.textContent])).toEqual([
      ['The VTechLabs logo', 'Our logo'],
      ['The VTechLabs logo, next to the article', 'The logo again'],
    ]);
    expect(page.doc.querySelector('a[href="/courses/backend-development/"]')).not.toBeNull();
    // The feed renders the same content in full.
    expect(await readFile(join(dist(), 'rss.xml'), 'utf8')).toContain('Practise every day.');
  });

  it('falls back to frontmatter dates, with a warning, where there is no git history', async () => {
    expect(build.output).toContain('no git history here');
    const page = await readPage('/blog/components-fixture/', dist());
    expect(page.html).toMatch(/Last updated <time datetime="2026-01-10">/);
  });
});
