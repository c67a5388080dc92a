/**
 * The site deployed under a base path (/site/): one extra build, served like a
 * static host, checked in the HTML (every internal link carries the base, MDX
 * content links included) and in a real browser (search finds pages and links
 * to them under the base). The copy gets extra articles so that one search
 * has more results than a batch shows and the blog list has a second page.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { allPages } from '../support/dist.ts';
import { openPage, resultPaths, typeInDialog, waitForSummary } from '../support/search-page.ts';
import { copySite, removeCopy, runBuild, serveStatic, type StaticServer } from '../support/site.ts';

const BASE = '/site/';
/** A word only the generated articles use. */
const WORD = 'zebrafish';
const EXTRA = 11;

function article(n: number): string {
  return `---
title: Generated search article ${n}
description: A generated article whose body uses a rare word, so one search returns more results than fit in a batch.
pubDate: 2025-02-${String(n).padStart(2, '0')}
author: vtechlabs-faculty
tags: [search-check]
---

Paragraph ${n} about the ${WORD} and nothing else.
`;
}
let copy: string;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  copy = await copySite();
  dist = join(copy, 'dist');
  for (let n = 1; n <= EXTRA; n++) await writeFile(join(copy, 'content/articles', `search-generated-${n}.mdx`), article(n));
  const build = await runBuild(copy, { BASE_PATH: '/site' });
  if (build.code !== 0) throw new Error(build.output);
  server = await serveStatic(dist, BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) await removeCopy(copy);
});

describe('a build under the base path /site/', () => {
  it('prefixes every internal link, script, stylesheet and form with the base, content links included', async () => {
    const pages = await allPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    let contentLinks = 0;
    for (const page of pages) {
      const refs = page.doc
        .querySelectorAll('a[href], link[href], script[src], img[src], form[action]')
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '');
      const internal = refs.filter((r) => r.startsWith('/') && !r.startsWith('//'));
      expect(
        internal.filter((r) => !r.startsWith(BASE)),
        page.path,
      ).toEqual([]);
      contentLinks += page.doc.querySelectorAll('.prose a[href^="/"]').length;
    }
    expect(contentLinks).toBeGreaterThan(0);
  });

  it('points the OpenSearch description at /site/search/', async () => {
    const xml = await readFile(join(dist, 'opensearch.xml'), 'utf8');
    expect(xml).toMatch(/template="https?:\/\/[^"]+\/site\/search\/\?q=\{searchTerms\}"/);
  });

  it('finds results from the dialog and links them under the base', async () => {
    const { context, page, errors } = await openPage(browser);
    await typeInDialog(page, new URL('blog/what-is-a-rest-api/', server.url).href, 'backend');
    await waitForSummary(page, '#search-dialog');
    const paths = await resultPaths(page, '#search-dialog');
    expect(paths).toContain(`${BASE}courses/backend-development/`);
    expect(paths.every((p) => p.startsWith(BASE))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a linked search on /site/search/ and its results lead to the pages', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(new URL('search/?q=database&type=Course', server.url).href);
    await waitForSummary(page, '[data-search-page]');
    const first = page.locator('[data-search-page] [data-search-results] > li > a').first();
    const title = await first.locator('[data-search-title]').textContent();
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().isNavigationRequest()), first.click()]);
    expect(response.status()).toBe(200);
    expect(new URL(page.url()).pathname.startsWith(`${BASE}courses/`)).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a batch of results, then the rest on "Show more results", never a list page', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(new URL(`search/?q=${WORD}`, server.url).href);
    expect(await waitForSummary(page, '[data-search-page]')).toBe(`${EXTRA} results for “${WORD}”`);
    const first = await resultPaths(page, '[data-search-page]');
    expect(first.length).toBeLessThan(EXTRA);
    // Each click adds one batch; focus goes to the first result it added.
    const more = page.locator('[data-search-page] [data-search-more]');
    const items = page.locator('[data-search-page] [data-search-results] > li');
    let before = first.length;
    while (await more.isVisible()) {
      before = await items.count();
      await more.click();
      await items.nth(before).waitFor();
    }
    const all = await resultPaths(page, '[data-search-page]');
    expect(all).toHaveLength(EXTRA);
    expect(new Set(all).size).toBe(EXTRA);
    expect(all.every((p) => p.startsWith(`${BASE}blog/search-generated-`))).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(new URL(all[before] ?? '', server.url).href);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not mark the second page of the blog list as a search result', async () => {
    const pages = await allPages(dist);
    const second = pages.find((p) => p.path === '/blog/2/');
    expect(second).toBeDefined();
    expect(second?.doc.querySelector('[data-pagefind-body]')).toBeNull();
  });
});
