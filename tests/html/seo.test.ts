/**
 * What search engines and link previews read from the built site: head tags,
 * social images, structured data, sitemap, robots.txt, RSS and llms.txt.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { imageSize } from 'image-size';
import { PAGES } from '../../src/lib/urls/paths.ts';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { allPages, text, type BuiltPage } from '../support/dist.ts';
import { distFileFor, existsInDist, jsonLdBlocks, metaValues, origin, sitemapEntries, type JsonLdObject } from '../support/seo.ts';
import { distDir, root } from '../support/site.ts';

const pages = await allPages();
const isNoindex = (p: BuiltPage) => metaValues(p.doc, 'robots').some((v) => v.includes('noindex'));
const indexable = pages.filter((p) => !isNoindex(p));
const canonicalOf = (p: BuiltPage) => p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const articlePages = pages.filter((p) => metaValues(p.doc, 'og:type')[0] === 'article');
const coursePages = pages.filter((p) => /^\/courses\/[^/]+\/$/.test(p.path));
const pathPages = pages.filter((p) => /^\/paths\/[^/]+\/$/.test(p.path));
const blocksOf = (p: BuiltPage, type: string) => jsonLdBlocks(p.doc).filter((b) => b['@type'] === type);
const readDist = (url: string) => readFile(distFileFor(url) ?? `not on the site: ${url}`);
const sitemap = await sitemapEntries();
const OFFSET_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30$/;

/** The last commit time of each learning path's file, from git itself (nothing for a file not committed yet). */
async function pathFileCommits(): Promise<Map<string, number>> {
  const commits = new Map<string, number>();
  for (const name of await readdir(join(root, 'content/paths'))) {
    const time = execFileSync('git', ['log', '-1', '--format=%cI', '--', `content/paths/${name}`], { cwd: root, encoding: 'utf8' }).trim();
    if (time) commits.set(`/paths/${name.replace(/\.ya?ml$/, '')}/`, new Date(time).getTime());
  }
  return commits;
}

describe('head of every page', () => {
  it('has exactly one title, description and canonical; the canonical is the page itself', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      expect(page.doc.querySelectorAll('title'), page.path).toHaveLength(1);
      expect(page.doc.querySelectorAll('meta[name="description"]'), page.path).toHaveLength(1);
      expect(page.doc.querySelectorAll('link[rel="canonical"]'), page.path).toHaveLength(1);
      expect(canonicalOf(page), page.path).toBe(new URL(page.path, origin).href);
      expect(page.doc.querySelector('html')?.getAttribute('lang'), page.path).toBe(site.locale);
    }
  });

  it('titles and descriptions are unique across the site', () => {
    const titles = pages.map((p) => text(p.doc.querySelector('title')));
    const descriptions = pages.map((p) => metaValues(p.doc, 'description')[0]);
    expect(new Set(titles).size).toBe(pages.length);
    expect(new Set(descriptions).size).toBe(pages.length);
    expect(titles.every((t) => t.includes(site.name))).toBe(true);
  });

  it('keeps only the 404 page, the enquiry thank-you page (and a search page, when there is one) out of indexes', () => {
    const noindexPaths = pages.filter(isNoindex).map((p) => p.path);
    expect(noindexPaths).toEqual(expect.arrayContaining(['/404.html', PAGES.enquiryThanks]));
    expect(noindexPaths.filter((p) => p !== '/404.html' && p !== '/search/' && p !== PAGES.enquiryThanks)).toEqual([]);
  });

  it('has the Open Graph and Twitter tags, with og:url equal to the canonical', () => {
    const required = ['og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'og:site_name'];
    for (const page of pages) {
      for (const key of required) {
        const values = metaValues(page.doc, key);
        expect(values, `${page.path} ${key}`).toHaveLength(1);
        expect(values[0], `${page.path} ${key}`).not.toBe('');
      }
      expect(metaValues(page.doc, 'og:url')[0]).toBe(canonicalOf(page));
      expect(metaValues(page.doc, 'twitter:card')).toEqual(['summary_large_image']);
    }
  });

  it('marks articles as articles, with zoned dates and their visible tags', () => {
    expect(articlePages.length).toBeGreaterThan(0);
    for (const page of articlePages) {
      expect(page.path).toMatch(/^\/blog\/[^/]+\/$/);
      expect(metaValues(page.doc, 'article:published_time')[0]).toMatch(OFFSET_TIME);
      expect(metaValues(page.doc, 'article:modified_time')[0]).toMatch(OFFSET_TIME);
      const visibleTags = page.doc.querySelectorAll('header ul[aria-label="Tags"] a').map((a) => a.getAttribute('href')?.split('/').at(-2));
      expect(visibleTags.length).toBeGreaterThan(0);
      expect(metaValues(page.doc, 'article:tag')).toEqual(visibleTags);
      expect(existsInDist(metaValues(page.doc, 'article:author')[0] ?? '')).toBe(true);
    }
  });

  it('links the favicon set, the manifest and the RSS feed, and every one of them exists', async () => {
    for (const page of pages) {
      const links = page.doc.querySelectorAll(
        'link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"], link[rel="alternate"][type="application/rss+xml"]',
      );
      expect(links.map((l) => l.getAttribute('rel')).sort(), page.path).toEqual(['alternate', 'apple-touch-icon', 'icon', 'icon', 'manifest']);
      for (const link of links) expect(existsInDist(new URL(link.getAttribute('href') ?? '', origin).href), `${page.path} ${link.toString()}`).toBe(true);
    }
    const manifest = JSON.parse(await readFile(join(distDir, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string; sizes: string }[] };
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) {
      const size = imageSize(await readFile(join(distDir, icon.src)));
      expect(`${size.width}x${size.height}`).toBe(icon.sizes);
    }
    expect(imageSize(await readFile(join(distDir, 'apple-touch-icon.png')))).toMatchObject({ width: 180, height: 180 });
    expect((await readFile(join(distDir, 'favicon.ico'))).readUInt16LE(2)).toBe(1);
  });
});

describe('social images', () => {
  it('every og:image exists, is 1200×630 as declared and under 300 KB', async () => {
    for (const page of pages) {
      expect(metaValues(page.doc, 'og:image:width')).toEqual(['1200']);
      expect(metaValues(page.doc, 'og:image:height')).toEqual(['630']);
    }
    const images = new Set(pages.map((p) => metaValues(p.doc, 'og:image')[0] ?? ''));
    for (const url of images) {
      const bytes = await readDist(url);
      expect(imageSize(bytes), url).toMatchObject({ width: 1200, height: 630 });
      expect(bytes.length, url).toBeLessThan(300 * 1024);
    }
  });

  it('articles, courses and the home page each have their own image', () => {
    const own = [pages.find((p) => p.path === '/'), ...coursePages, ...articlePages];
    const images = own.map((p) => metaValues(p?.doc ?? pages[0]!.doc, 'og:image')[0]);
    expect(coursePages.length).toBeGreaterThan(0);
    expect(new Set(images).size).toBe(own.length);
  });
});

describe('structured data', () => {
  const home = pages.find((p) => p.path === '/') as BuiltPage;

  it('every block parses, names schema.org and is a known type', () => {
    const blocks = pages.flatMap((p) => jsonLdBlocks(p.doc));
    expect([...new Set(blocks.map((b) => b['@type']))].sort()).toEqual([
      'BlogPosting',
      'BreadcrumbList',
      'Course',
      'EducationalOrganization',
      'ItemList',
      'Person',
      'WebSite',
    ]);
    for (const block of blocks) expect(block['@context']).toBe('https://schema.org');
  });

  it('home: WebSite and the EducationalOrganization from the site config', async () => {
    const [website] = blocksOf(home, 'WebSite');
    expect(website).toMatchObject({ name: site.name, url: `${origin}/` });
    const [org] = blocksOf(home, 'EducationalOrganization');
    expect(org).toMatchObject({
      name: site.name,
      telephone: site.phone,
      email: site.email,
      sameAs: site.social.map((s) => s.url),
      address: { '@type': 'PostalAddress', addressLocality: 'Vadodara', addressRegion: site.region, streetAddress: site.address.street },
    });
    const logo = imageSize(await readDist(String(org?.['logo'])));
    expect(logo.width).toBe(logo.height);
    expect(logo.width).toBeGreaterThanOrEqual(112);
  });

  it('articles: BlogPosting with 16:9, 4:3 and 1:1 images, zoned dates, a Person author and the publisher', async () => {
    for (const page of articlePages) {
      const posts = blocksOf(page, 'BlogPosting');
      expect(posts).toHaveLength(1);
      const post = posts[0] as JsonLdObject;
      expect(post['headline']).toBe(text(page.doc.querySelector('h1')));
      expect(post['description']).toBe(metaValues(page.doc, 'description')[0]);
      expect(post['datePublished']).toBe(metaValues(page.doc, 'article:published_time')[0]);
      expect(post['dateModified']).toBe(metaValues(page.doc, 'article:modified_time')[0]);
      const author = post['author'] as { '@type': string; name: string; url: string };
      expect(author['@type']).toBe('Person');
      expect(existsInDist(author.url)).toBe(true);
      expect(post['publisher']).toMatchObject({ name: site.name, logo: expect.stringMatching(/^https:/) });
      const ratios = [];
      for (const url of post['image'] as string[]) {
        const size = imageSize(await readDist(url));
        expect(size.width * size.height).toBeGreaterThanOrEqual(50_000);
        ratios.push((size.width / size.height).toFixed(2));
      }
      expect(ratios).toEqual([(16 / 9).toFixed(2), (4 / 3).toFixed(2), '1.00']);
    }
  });

  it('courses: Course with provider, offers, an instance and, in class, a location', () => {
    expect(coursePages.length).toBeGreaterThan(0);
    for (const page of coursePages) {
      const course = blocksOf(page, 'Course')[0] as JsonLdObject;
      expect(course['name']).toBe(text(page.doc.querySelector('h1')));
      expect(course['description']).toBe(metaValues(page.doc, 'description')[0]);
      expect(course['provider']).toMatchObject({ name: site.name, url: `${origin}/` });
      const offers = course['offers'] as Record<string, unknown>[];
      for (const offer of offers) {
        expect(offer['category']).toBeTruthy();
        if ('price' in offer) expect(offer['priceCurrency']).toBe('INR');
      }
      const visibleFee = page.doc.querySelectorAll('dt').some((dt) => text(dt) === 'Fee');
      expect(offers.some((o) => 'price' in o)).toBe(visibleFee);
      // A workload only where the page states a confirmed duration (in weeks), as with the price.
      const duration = page.doc.querySelectorAll('dt').find((dt) => text(dt) === 'Duration');
      const statedWeeks = /\bweeks?\b/.test(text(duration?.nextElementSibling ?? null));
      for (const instance of course['hasCourseInstance'] as Record<string, unknown>[]) {
        expect(['Onsite', 'Online', 'Blended']).toContain(instance['courseMode']);
        if (statedWeeks) expect(instance['courseWorkload']).toMatch(/^PT\d+H/);
        else expect(instance).not.toHaveProperty('courseWorkload');
        expect('location' in instance).toBe(instance['courseMode'] !== 'Online');
      }
    }
  });

  it('catalog: an ItemList of exactly the courses it links, in order', () => {
    const catalog = pages.find((p) => p.path === '/courses/') as BuiltPage;
    const [list] = blocksOf(catalog, 'ItemList');
    const listed = (list?.['itemListElement'] as { position: number; url: string }[]).map((i) => i.url);
    const linked = catalog.doc
      .querySelectorAll('main a[href^="/courses/"]')
      .map((a) => new URL(a.getAttribute('href') ?? '', origin).href)
      .filter((u, i, all) => u !== `${origin}/courses/` && all.indexOf(u) === i);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(linked);
  });

  it('author pages: a Person', () => {
    const authors = pages.filter((p) => /^\/authors\/[^/]+\/$/.test(p.path));
    expect(authors.length).toBeGreaterThan(0);
    for (const page of authors) expect(blocksOf(page, 'Person')[0]?.['name']).toBe(text(page.doc.querySelector('h1')));
  });

  it('every inner page: a BreadcrumbList matching the visible breadcrumb, 1..n, absolute URLs of existing pages', () => {
    for (const page of indexable.filter((p) => p.path !== '/')) {
      const lists = blocksOf(page, 'BreadcrumbList');
      expect(lists, page.path).toHaveLength(1);
      const items = lists[0]?.['itemListElement'] as { position: number; name: string; item: string }[];
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      const visible = page.doc.querySelectorAll('nav[aria-label="Breadcrumb"] li').map((li) => text(li.querySelector('a, [aria-current="page"]')));
      expect(
        items.map((i) => i.name),
        page.path,
      ).toEqual(visible);
      for (const item of items) {
        expect(item.item).toMatch(/^https:\/\//);
        expect(existsInDist(item.item), item.item).toBe(true);
      }
      expect(items.at(-1)?.item).toBe(canonicalOf(page));
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('lists exactly the indexable pages, each at its canonical URL', () => {
    expect(sitemap.map((e) => e.loc).sort()).toEqual(indexable.map(canonicalOf).sort());
  });

  it('dates pages from their content, never the build time', async () => {
    const pathCommits = await pathFileCommits();
    const contentTimes = new Set([
      ...pages.flatMap((p) => jsonLdBlocks(p.doc).flatMap((b) => (typeof b['dateModified'] === 'string' ? [new Date(b['dateModified']).getTime()] : []))),
      ...pathCommits.values(),
    ]);
    const dated = sitemap.filter((e) => e.lastmod);
    expect(dated.length).toBeGreaterThan(sitemap.length / 2);
    for (const entry of dated) expect(contentTimes.has(new Date(entry.lastmod ?? '').getTime()), entry.loc).toBe(true);
    for (const page of [...articlePages, ...coursePages]) {
      const entry = sitemap.find((e) => e.loc === canonicalOf(page));
      const modified = jsonLdBlocks(page.doc).find((b) => b['dateModified'])?.['dateModified'];
      expect(new Date(entry?.lastmod ?? '').getTime(), page.path).toBe(new Date(String(modified)).getTime());
    }
    // A learning path changes with its own file and with the articles it shows.
    expect(pathPages.length).toBeGreaterThan(0);
    const lastmodOf = (page: BuiltPage) => new Date(sitemap.find((e) => e.loc === canonicalOf(page))?.lastmod ?? '').getTime();
    for (const page of pathPages) {
      const articleTimes = page.doc
        .querySelectorAll('main a[href^="/blog/"]')
        .map((a) => articlePages.find((p) => p.path === a.getAttribute('href')))
        .map((p) => new Date(String(blocksOf(p as BuiltPage, 'BlogPosting')[0]?.['dateModified'])).getTime());
      expect(articleTimes.length).toBeGreaterThan(0);
      expect(lastmodOf(page), page.path).toBe(Math.max(...articleTimes, pathCommits.get(page.path) ?? 0));
    }
    const pathList = pages.find((p) => p.path === '/paths/') as BuiltPage;
    expect(lastmodOf(pathList)).toBe(Math.max(...pathPages.map(lastmodOf)));
  });

  it('robots.txt allows crawling and points at the sitemap index', async () => {
    const robots = await readFile(join(distDir, 'robots.txt'), 'utf8');
    const sitemapLines = robots.split('\n').filter((l) => l.startsWith('Sitemap: '));
    expect(sitemapLines).toEqual([`Sitemap: ${origin}/sitemap-index.xml`]);
    expect(existsInDist(sitemapLines[0]?.slice('Sitemap: '.length) ?? '')).toBe(true);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\S/m);
  });
});

describe('RSS and llms.txt', () => {
  it('the feed parses and holds exactly the published articles, newest first, in full', async () => {
    const feed = parseFeed(await readFile(join(distDir, 'rss.xml'), 'utf8'));
    expect(feed.meta.type).toBe('rss');
    expect(feed.meta.version).toBe('2.0');
    expect(feed.items.map((i) => i.url).sort()).toEqual(articlePages.map(canonicalOf).sort());
    const times = feed.items.map((i) => i.published?.getTime() ?? Number.NaN);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of feed.items) {
      const page = articlePages.find((p) => canonicalOf(p) === item.url) as BuiltPage;
      expect(item.title).toBe(text(page.doc.querySelector('h1')));
      expect(item.published?.getTime()).toBe(new Date(metaValues(page.doc, 'article:published_time')[0] ?? '').getTime());
      expect(item.authors.map((a) => a.name)).toEqual([(blocksOf(page, 'BlogPosting')[0]?.['author'] as { name: string }).name]);
      expect(item.categories.map((c) => c.term)).toEqual(metaValues(page.doc, 'article:tag'));
      const content = item.content ?? '';
      const headings = page.doc.querySelectorAll('.prose h2').map((h) => text(h));
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) expect(content, heading).toContain(`>${heading}</h2>`);
      expect(content).not.toMatch(/\s(href|src)="\/(?!\/)/);
    }
  });

  it('llms.txt names the site and links every article, course and learning path once', async () => {
    const llms = await readFile(join(distDir, 'llms.txt'), 'utf8');
    expect(llms.startsWith(`# ${site.name}\n`)).toBe(true);
    const links = [...llms.matchAll(/^- \[[^\]]+\]\((\S+)\): \S/gm)].map((m) => m[1]);
    expect(pathPages.length).toBeGreaterThan(0);
    expect(links.sort()).toEqual([...articlePages, ...coursePages, ...pathPages].map(canonicalOf).sort());
  });
});
