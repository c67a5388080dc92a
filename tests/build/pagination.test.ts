/**
 * The blog list shows 10 articles a page. The real site has fewer, so this
 * builds a copy with extra generated articles and checks the pages it makes.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { copySite, removeCopy, runBuild } from '../support/site.ts';
import { site } from '../../src/site.config.ts';

const EXTRA = 17;
let copy: string;
let dist: string;

function article(n: number): string {
  const day = String(n).padStart(2, '0');
  return `---
title: Generated article number ${n}
description: A generated article used to check that the blog list is split into pages of ten.
pubDate: 2025-01-${day}
author: vtechlabs-faculty
tags: [pagination-check]
---

Body of generated article ${n}.
`;
}

beforeAll(async () => {
  copy = await copySite();
  dist = join(copy, 'dist');
  for (let n = 1; n <= EXTRA; n++) await writeFile(join(copy, 'content/articles', `generated-${n}.mdx`), article(n));
  const build = await runBuild(copy);
  if (build.code !== 0) throw new Error(build.output);
});
afterAll(async () => {
  if (copy) await removeCopy(copy);
});

const cards = async (path: string) => (await readPage(path, dist)).doc.querySelectorAll('main article h2 a').map((a) => a.getAttribute('href'));

describe('blog pagination', () => {
  it(`shows ${site.blog.pageSize} articles on each full page and the rest on the last`, async () => {
    const first = await cards('/blog/');
    const second = await cards('/blog/2/');
    expect(first).toHaveLength(site.blog.pageSize);
    expect(second.length).toBeGreaterThan(0);
    expect(second.length).toBeLessThanOrEqual(site.blog.pageSize);
    expect(new Set([...first, ...second]).size).toBe(first.length + second.length);
  });

  it('orders articles newest first across pages', async () => {
    const all = [...(await cards('/blog/')), ...(await cards('/blog/2/'))];
    const generated = all.filter((h) => h?.includes('generated-')).map((h) => Number(/generated-(\d+)/.exec(h ?? '')?.[1]));
    expect(generated).toEqual([...generated].sort((a, b) => b - a));
  });

  it('links pages with rel=prev/next and says where the reader is', async () => {
    const first = await readPage('/blog/', dist);
    const second = await readPage('/blog/2/', dist);
    expect(first.doc.querySelector('nav[aria-label="Pagination"] a[rel="next"]')?.getAttribute('href')).toBe('/blog/2/');
    expect(second.doc.querySelector('nav[aria-label="Pagination"] a[rel="prev"]')?.getAttribute('href')).toBe('/blog/');
    expect(second.doc.querySelector('title')?.textContent).toMatch(/page 2/i);
    const total = Number(/Page 2 of (\d+)/.exec(second.doc.querySelector('nav[aria-label="Pagination"]')?.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(2);
    const last = await readPage(`/blog/${total}/`, dist);
    expect(last.doc.querySelector('nav[aria-label="Pagination"] a[rel="next"]')).toBeNull();
  });

  it('lists every article of a tag on its tag page', async () => {
    const tag = await readPage('/blog/tags/pagination-check/', dist);
    expect(tag.doc.querySelectorAll('main article')).toHaveLength(EXTRA);
  });
});
