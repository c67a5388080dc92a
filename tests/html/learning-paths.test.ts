/**
 * Learning paths in the built site, checked against the editors' YAML files
 * (read here with the yaml parser, not the site's code): the path page lists
 * the steps in order, every step article shows its position and links to its
 * neighbours, and the structured data is a valid ordered ItemList.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import type { BreadcrumbList, ItemList, ListItem, WithContext } from 'schema-dts';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readPage, text, type BuiltPage } from '../support/dist.ts';
import { existsInDist, jsonLdBlocks, origin } from '../support/seo.ts';
import { root } from '../support/site.ts';

interface PathFile {
  id: string;
  title: string;
  description: string;
  overview?: string;
  steps: { title: string; summary?: string; articles: string[] }[];
  course?: string;
}

async function pathFiles(): Promise<PathFile[]> {
  const dir = join(root, 'content/paths');
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => ({ id: name.replace(/\.ya?ml$/, ''), ...(parseYaml(await readFile(join(dir, name), 'utf8')) as Omit<PathFile, 'id'>) })),
  );
}

/** An article's frontmatter, from its source file. */
async function frontmatter(id: string): Promise<{ title: string; description: string }> {
  const source = await readFile(join(root, 'content/articles', `${id}.mdx`), 'utf8');
  return parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') as { title: string; description: string };
}

const href = (id: string) => `/blog/${id}/`;

/** A list item as this site writes them; assigning it to schema-dts's ListItem (below) holds the shape to schema.org's. */
interface ParsedListItem {
  '@type': 'ListItem';
  position: number;
  name: string;
  url?: string;
  item?: string;
}

/** The items of a parsed ItemList or BreadcrumbList, each checked to be a ListItem with a position and a name. */
function listItems(list: WithContext<ItemList> | WithContext<BreadcrumbList> | undefined): ParsedListItem[] {
  const items: unknown = list?.itemListElement;
  expect(Array.isArray(items)).toBe(true);
  return (items as unknown[]).map((item) => {
    expect(item).toMatchObject({ '@type': 'ListItem', position: expect.any(Number), name: expect.any(String) });
    return item as ParsedListItem;
  });
}
const minutesIn = (el: HTMLElement | null | undefined) => Number(/(\d+) min read/.exec(text(el))?.[1] ?? Number.NaN);

let paths: PathFile[];
const pages = new Map<string, BuiltPage>();
const page = (path: string) => pages.get(path) as BuiltPage;

beforeAll(async () => {
  paths = (await pathFiles()).filter((p) => (p as { draft?: boolean }).draft !== true);
  const wanted = new Set([
    '/paths/',
    ...paths.flatMap((p) => [`/paths/${p.id}/`, ...(p.overview ? [href(p.overview)] : []), ...p.steps.flatMap((s) => s.articles.map(href))]),
  ]);
  for (const path of wanted) pages.set(path, await readPage(path));
});

/** The path's articles in reading order, each with its step number. */
const readingOrder = (path: PathFile) => path.steps.flatMap((step, i) => step.articles.map((id) => ({ id, step: i + 1 })));

describe('the learning path content', () => {
  it('has the backend path with seven or more steps, each with an article', () => {
    const backend = paths.find((p) => p.id === 'how-to-become-a-backend-developer');
    expect(backend?.steps.length).toBeGreaterThanOrEqual(7);
    for (const step of backend?.steps ?? []) expect(step.articles.length, step.title).toBeGreaterThan(0);
    expect(backend?.course).toBe('backend-development');
  });
});

describe('a path page', () => {
  it('shows the title, the introduction and the steps in order, each article with its title, description and reading time', async () => {
    for (const path of paths) {
      const doc = page(`/paths/${path.id}/`).doc;
      expect(text(doc.querySelector('h1'))).toBe(path.title);
      expect(text(doc.querySelector('article header'))).toContain(path.description);
      const steps = doc.querySelectorAll('article > ol > li');
      expect(steps.map((li) => text(li.querySelector('h2')))).toEqual(path.steps.map((s, i) => `Step ${i + 1}: ${s.title}`));
      for (const [i, step] of path.steps.entries()) {
        const li = steps[i] as HTMLElement;
        if (step.summary) expect(text(li)).toContain(step.summary);
        const cards = li.querySelectorAll('li');
        expect(cards.map((c) => c.querySelector('h3 a')?.getAttribute('href'))).toEqual(step.articles.map(href));
        for (const [j, id] of step.articles.entries()) {
          const { title, description } = await frontmatter(id);
          const card = cards[j] as HTMLElement;
          expect(text(card.querySelector('h3'))).toBe(title);
          expect(text(card)).toContain(description);
          expect(minutesIn(card), id).toBe(minutesIn(page(href(id)).doc.querySelector('article header')));
        }
      }
    }
  });

  it('gives the total reading time, links the overview first and ends with the course', () => {
    for (const path of paths) {
      const doc = page(`/paths/${path.id}/`).doc;
      const header = doc.querySelector('article header');
      const total = readingOrder(path).reduce((sum, { id }) => sum + minutesIn(page(href(id)).doc.querySelector('article header')), 0);
      expect(text(header)).toContain(`${path.steps.length} steps · about ${total} min of reading`);
      if (path.overview) expect(header?.querySelector(`a[href="${href(path.overview)}"]`), path.id).not.toBeNull();
      if (path.course) {
        const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
        const courseLink = links.lastIndexOf(`/courses/${path.course}/`);
        const lastStep = links.lastIndexOf(href(readingOrder(path).at(-1)?.id ?? ''));
        expect(courseLink).toBeGreaterThan(lastStep);
        expect(doc.querySelector('aside[aria-label^="Course:"]')).not.toBeNull();
      }
    }
  });

  it('has valid JSON-LD: an ascending ItemList of the articles in reading order, and the breadcrumbs', () => {
    for (const path of paths) {
      const doc = page(`/paths/${path.id}/`).doc;
      const canonical = `${origin}/paths/${path.id}/`;
      const blocks = jsonLdBlocks(doc);
      const lists = blocks.filter((b) => b['@type'] === 'ItemList') as unknown as WithContext<ItemList>[];
      expect(lists).toHaveLength(1);
      const list = lists[0];
      expect(list?.['@context']).toBe('https://schema.org');
      expect(list).toMatchObject({
        name: path.title,
        description: path.description,
        url: canonical,
        itemListOrder: 'https://schema.org/ItemListOrderAscending',
      });
      const order = readingOrder(path);
      expect(list?.numberOfItems).toBe(order.length);
      const items = listItems(list);
      const asSchema: ListItem[] = items;
      expect(asSchema).toHaveLength(order.length);
      items.forEach((item, i) => {
        expect(item.position).toBe(i + 1);
        expect(item.url).toBe(`${origin}${href(order[i]?.id ?? '')}`);
        expect(existsInDist(item.url ?? ''), item.url).toBe(true);
        expect(item.name).toBe(text(page(href(order[i]?.id ?? '')).doc.querySelector('h1')));
      });
      const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList') as unknown as WithContext<BreadcrumbList>;
      expect(listItems(crumbs).map((c) => c.item)).toEqual([`${origin}/`, `${origin}/paths/`, canonical]);
    }
  });
});

describe('an article that is a step', () => {
  it('shows "Step N of M · path" above its title, linking to the path', () => {
    for (const path of paths) {
      for (const { id, step } of readingOrder(path)) {
        const header = page(href(id)).doc.querySelector('article header') as HTMLElement;
        const line = header.querySelectorAll(`a[href="/paths/${path.id}/"]`);
        expect(
          line.map((a) => text(a)),
          id,
        ).toEqual([`Step ${step} of ${path.steps.length} · ${path.title}`]);
        const children = header.childNodes.filter((n): n is HTMLElement => 'tagName' in n);
        const lineIndex = children.findIndex((el) => el.querySelector(`a[href="/paths/${path.id}/"]`));
        expect(lineIndex, id).toBeLessThan(children.findIndex((el) => el.tagName === 'H1'));
      }
    }
  });

  it('ends with the whole path, its own step marked, and links to the previous and next step', () => {
    for (const path of paths) {
      const order = readingOrder(path);
      order.forEach(({ id, step }, i) => {
        const nav = page(href(id)).doc.querySelector(`nav[aria-labelledby="path-${path.id}"]`) as HTMLElement;
        expect(nav, id).not.toBeNull();
        expect(text(nav.querySelector('h2'))).toBe(path.title);
        const list = nav.querySelector('ol') as HTMLElement;
        expect(list.querySelectorAll(':scope > li')).toHaveLength(path.steps.length);
        const current = list.querySelectorAll('[aria-current]');
        expect(current.map((el) => el.getAttribute('aria-current'))).toEqual(['step']);
        expect(text(current[0]), id).toContain(path.steps[step - 1]?.title);
        expect(list.querySelector(`a[href="${href(id)}"]`), `${id} links to itself`).toBeNull();
        for (const other of order.filter((o) => o.id !== id)) expect(list.querySelector(`a[href="${href(other.id)}"]`), `${id} -> ${other.id}`).not.toBeNull();

        const turns = nav.querySelectorAll(':scope > p a');
        const previous = turns.find((a) => text(a).startsWith('← Previous'));
        const next = turns.find((a) => text(a).startsWith('Next'));
        const before = order[i - 1];
        const after = order[i + 1];
        expect(previous?.getAttribute('href'), id).toBe(before ? href(before.id) : path.overview ? href(path.overview) : undefined);
        if (before) expect(text(previous)).toContain(`(step ${before.step})`);
        expect(next?.getAttribute('href'), id).toBe(after ? href(after.id) : path.course ? `/courses/${path.course}/` : undefined);
        if (after) expect(text(next)).toContain(`(step ${after.step})`);
      });
    }
  });

  it('keeps the date-ordered previous/next articles too', () => {
    for (const path of paths) {
      for (const { id } of readingOrder(path)) expect(page(href(id)).doc.querySelector('nav[aria-label="More articles"]'), id).not.toBeNull();
    }
  });
});

describe("a path's overview article", () => {
  it('shows the whole path and where to start', () => {
    for (const path of paths.filter((p) => p.overview)) {
      const doc = page(href(path.overview ?? '')).doc;
      const nav = doc.querySelector(`nav[aria-labelledby="path-${path.id}"]`) as HTMLElement;
      expect(nav.querySelector(`h2 a[href="/paths/${path.id}/"]`)).not.toBeNull();
      expect(nav.querySelectorAll('ol > li')).toHaveLength(path.steps.length);
      expect(nav.querySelector('[aria-current]')).toBeNull();
      const start = nav.querySelectorAll(':scope > p a').find((a) => text(a).startsWith('Start'));
      expect(start?.getAttribute('href')).toBe(href(path.steps[0]?.articles[0] ?? ''));
    }
  });
});

describe('the list of paths', () => {
  it('links every path with its step count, and lists them as an ItemList in the same order', () => {
    const doc = page('/paths/').doc;
    const cards = doc.querySelectorAll('main ul > li');
    const linked = cards.map((li) => li.querySelector('h2 a')?.getAttribute('href'));
    expect([...linked].sort()).toEqual(paths.map((p) => `/paths/${p.id}/`).sort());
    for (const path of paths) {
      const card = cards.find((li) => li.querySelector(`a[href="/paths/${path.id}/"]`));
      expect(text(card)).toContain(`${path.steps.length} steps`);
    }
    const [list] = jsonLdBlocks(doc).filter((b) => b['@type'] === 'ItemList') as unknown as WithContext<ItemList>[];
    expect(listItems(list).map((i) => i.url)).toEqual(linked.map((l) => `${origin}${l}`));
  });

  it('is in the main navigation of every page, marked current on path pages', async () => {
    for (const path of ['/', '/paths/', `/paths/${paths[0]?.id}/`]) {
      const link = (path === '/' ? await readPage('/') : page(path)).doc.querySelector('nav[aria-label="Main"] a[href="/paths/"]');
      expect(link, path).not.toBeNull();
      expect(link?.getAttribute('aria-current'), path).toBe(path === '/' ? undefined : 'page');
    }
  });
});

describe('where readers meet a path first', () => {
  it('features the paths on the home page, each linked', async () => {
    const home = await readPage('/');
    const section = home.doc.querySelector('section[aria-labelledby="paths-heading"]');
    const links = section?.querySelectorAll('h3 a').map((a) => a.getAttribute('href')) ?? [];
    expect(links).toEqual(paths.slice(0, 2).map((p) => `/paths/${p.id}/`));
  });

  it('links a course page to every path that leads to it', async () => {
    for (const path of paths.filter((p) => p.course)) {
      const course = await readPage(`/courses/${path.course}/`);
      const links = course.doc.querySelectorAll('article header a').map((a) => a.getAttribute('href'));
      expect(links, path.course).toContain(`/paths/${path.id}/`);
    }
  });
});
