/**
 * Search in a real browser against the served production build: the header
 * dialog, the /search/ page and its URL state, keyboard use, no-JS fallback,
 * accessibility in both themes, and the bytes a search fetches (budget in
 * tests/budgets.ts: sizes of files, not timings).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { budgets } from '../budgets.ts';
import { launchBrowser } from '../support/browser.ts';
import { allPages } from '../support/dist.ts';
import { axeViolations, enterQuery, openPage, resultPaths, typeInDialog, waitForSummary } from '../support/search-page.ts';
import { searchFetch } from '../support/search-bytes.ts';
import { RESULTS_PER_BATCH } from '../../src/lib/search/results.ts';

const siteUrl = inject('siteUrl');
const base = new URL(siteUrl).pathname;
const at = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
const DIALOG = '#search-dialog';
const PAGE = '[data-search-page]';
const BACKEND_ARTICLE = `${base}blog/how-to-become-a-backend-developer/`;
const BACKEND_COURSE = `${base}courses/backend-development/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const focusedHref = (page: Page) =>
  page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).pathname : null));
const focusedIsInput = (page: Page, panel: string) =>
  page.evaluate((sel) => document.activeElement === document.querySelector(`${sel} [data-search-input]`), panel);
const isSearchFile = (url: string) => url.includes('/pagefind/') || url.includes('search-ui') || url.includes('search-dialog');

describe('search dialog', () => {
  it('loads no search code until "/" opens it on an article page, then finds the backend article and course', async () => {
    const { context, page, errors, requests } = await openPage(browser);
    await page.goto(at('/blog/what-is-a-rest-api/'), { waitUntil: 'networkidle' });
    expect(requests.filter(isSearchFile)).toEqual([]);
    expect(await page.locator('header [data-search-open]').getAttribute('aria-haspopup')).toBe('dialog');

    await page.keyboard.press('/');
    await page.locator(`${DIALOG}[open]`).waitFor();
    expect(await focusedIsInput(page, DIALOG)).toBe(true);
    await page.keyboard.type('backend');
    expect(await waitForSummary(page, DIALOG)).toMatch(/results? for “backend”/);

    const paths = await resultPaths(page, DIALOG);
    expect(paths).toContain(BACKEND_ARTICLE);
    expect(paths).toContain(BACKEND_COURSE);
    const marks = await page.locator(`${DIALOG} [data-search-results] mark`).allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /backend/i.test(m))).toBe(true);
    expect(await page.locator(`${DIALOG} [data-search-results] li li a`).count()).toBeGreaterThan(0);
    expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves through results with the arrow keys, closes on Esc with focus back on the search button, and opens a result with Enter', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(at('/'));
    const button = page.locator('header [data-search-open]');
    await button.click();
    await page.locator(`${DIALOG}[open]`).waitFor();
    await page.keyboard.type('database');
    await waitForSummary(page, DIALOG);
    const links = await page.locator(`${DIALOG} a[data-search-result]`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(1);

    await page.keyboard.press('ArrowDown');
    expect(await focusedHref(page)).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref(page)).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedIsInput(page, DIALOG)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await page.locator(`${DIALOG}[open]`).count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Control+k');
    await page.locator(`${DIALOG}[open]`).waitFor();
    await waitForSummary(page, DIALOG);
    await page.keyboard.press('ArrowDown');
    const target = await focusedHref(page);
    expect(target).toBe(links[0]);
    await Promise.all([page.waitForURL((url) => url.pathname === target), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the first result with Enter in the field, even before the results show', async () => {
    const { context, page, errors } = await openPage(browser);
    await typeInDialog(page, at('/about/'), 'rest api');
    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/about/')), page.keyboard.press('Enter')]);
    const landed = new URL(page.url()).pathname;
    await page.goto(at('/search/?q=rest+api'));
    await waitForSummary(page, PAGE);
    expect(landed).toBe((await resultPaths(page, PAGE))[0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('limits the dialog to courses with the type filter and links to the full search page', async () => {
    const { context, page, errors } = await openPage(browser);
    await typeInDialog(page, at('/blog/'), 'backend');
    await waitForSummary(page, DIALOG);
    await page.locator(DIALOG).getByRole('radio', { name: 'Courses' }).check();
    await page.locator(`${DIALOG} [data-search-status]`, { hasText: 'in courses' }).waitFor();
    const paths = await resultPaths(page, DIALOG);
    expect(paths).toContain(BACKEND_COURSE);
    expect(paths.every((p) => p.startsWith(`${base}courses/`))).toBe(true);
    const full = new URL(await page.locator(`${DIALOG} [data-search-full]`).evaluate((a) => (a as HTMLAnchorElement).href));
    expect(full.pathname).toBe(`${base}search/`);
    expect(Object.fromEntries(full.searchParams)).toEqual({ q: 'backend', type: 'Course' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('styles the dialog with the search stylesheet it loads on first use', async () => {
    const { context, page, errors } = await openPage(browser);
    await typeInDialog(page, at('/courses/'), 'sql');
    const field = page.locator(`${DIALOG} [data-search-input]`);
    // px-4 and a 1px border come from search.css only: without it the field has the reset's zero padding and border.
    expect(await field.evaluate((el) => getComputedStyle(el).paddingLeft)).toBe('16px');
    expect(await field.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('1px');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds the dialog on first use only, and goes to /search/ when it cannot load', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(at('/about/'), { waitUntil: 'networkidle' });
    expect(await page.locator(DIALOG).count()).toBe(0);
    await page.route(/search-dialog\.json/, (route) => route.abort());
    await Promise.all([page.waitForURL((url) => url.pathname === `${base}search/`), page.keyboard.press('/')]);
    expect(await page.locator(`${PAGE} [data-search-input]`).count()).toBe(1);
    await context.close();
  });
});

describe('search page', () => {
  it('opens a ?q= link with its results, and the Course filter leaves only courses, undone by Back', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(at('/search/?q=backend'));
    await waitForSummary(page, PAGE);
    expect(await page.locator(`${PAGE} [data-search-input]`).inputValue()).toBe('backend');
    const all = await resultPaths(page, PAGE);
    expect(all).toEqual(expect.arrayContaining([BACKEND_ARTICLE, BACKEND_COURSE]));

    await page.locator(PAGE).getByRole('radio', { name: 'Courses' }).check();
    await page.waitForURL((url) => url.searchParams.get('type') === 'Course');
    await page.locator(`${PAGE} [data-search-status]`, { hasText: 'in courses' }).waitFor();
    const courses = await resultPaths(page, PAGE);
    expect(courses).toContain(BACKEND_COURSE);
    expect(courses.every((p) => p.startsWith(`${base}courses/`))).toBe(true);

    await page.goBack();
    await page.locator(`${PAGE} [data-search-status]`, { hasText: /for “backend”$/ }).waitFor();
    expect(await page.locator(`${PAGE} input[name="type"][value=""]`).isChecked()).toBe(true);
    expect(await resultPaths(page, PAGE)).toEqual(all);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps typing in the URL and lists every course for a filter with no words', async () => {
    const courseCount = (await allPages()).filter((p) => /^\/courses\/[^/]+\/$/.test(p.path)).length;
    const { context, page, errors } = await openPage(browser);
    await page.goto(at('/search/?type=Course'));
    await waitForSummary(page, PAGE);
    const courses = await resultPaths(page, PAGE);
    expect(courses).toHaveLength(courseCount);
    expect(courses.every((p) => p.startsWith(`${base}courses/`))).toBe(true);

    await page.locator(`${PAGE} [data-search-input]`).fill('sql');
    await page.waitForURL((url) => url.searchParams.get('q') === 'sql' && url.searchParams.get('type') === 'Course');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves from a result back to the field with Esc', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(at('/search/?q=api'));
    await waitForSummary(page, PAGE);
    await page.locator(`${PAGE} [data-search-input]`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref(page)).toBe((await resultPaths(page, PAGE))[0]);
    await page.keyboard.press('Escape');
    expect(await focusedIsInput(page, PAGE)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('suggests the catalog and popular topics when nothing matches, and before any search', async () => {
    const { context, page, errors, requests } = await openPage(browser);
    await page.goto(at('/search/'), { waitUntil: 'networkidle' });
    const suggestions = page.locator(`${PAGE} [data-search-suggestions]`);
    expect(await suggestions.isVisible()).toBe(true);
    expect(requests.filter(isSearchFile)).toEqual([]);

    await page.locator(`${PAGE} [data-search-input]`).fill('zzqxjv');
    expect(await waitForSummary(page, PAGE)).toBe('No results for “zzqxjv”');
    expect(await suggestions.isVisible()).toBe(true);
    expect(await suggestions.locator(`a[href="${base}courses/"]`).count()).toBe(1);
    expect(await suggestions.locator(`a[href^="${base}blog/tags/"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${PAGE} [data-search-results]`).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search without JavaScript', () => {
  it('keeps the header link to /search/, which explains that search needs JavaScript', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('/courses/'));
    await Promise.all([page.waitForURL((url) => url.pathname === `${base}search/`), page.locator('header [data-search-open]').click()]);
    const notice = page.locator('main p', { hasText: 'needs JavaScript' });
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator(`a[href="${base}courses/"]`).count()).toBe(1);
    expect(await notice.locator(`a[href="${base}blog/tags/"]`).count()).toBe(1);
    await context.close();
  });
});

describe('search accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the dialog open, ${colorScheme}`, async () => {
      const { context, page, errors } = await openPage(browser, { colorScheme });
      await typeInDialog(page, at('/blog/sql-vs-nosql-databases/'), 'database');
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
      await waitForSummary(page, DIALOG);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`has no axe violations on /search/ with results and with none, ${colorScheme}`, async () => {
      const { context, page, errors } = await openPage(browser, { colorScheme });
      await page.goto(at('/search/?q=backend'));
      await waitForSummary(page, PAGE);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(at('/search/?q=zzqxjv'));
      await waitForSummary(page, PAGE);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('search when Pagefind cannot load', () => {
  it('says so in the status line, in the words of a production build', async () => {
    const { context, page } = await openPage(browser);
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await typeInDialog(page, at('/'), 'backend');
    const status = page.locator(`${DIALOG} [data-search-status]`);
    await status.filter({ hasText: /\S/ }).waitFor();
    const text = await status.textContent();
    expect(text).toMatch(/could not load/);
    expect(text).not.toMatch(/development server|npm run build/);
    await context.close();
  });
});

describe('search weight', () => {
  it(`for a common word fetches at most ${budgets.searchBytes} B gzip, loading one index chunk and the fragments of the results shown`, async () => {
    const search = await searchFetch(browser, at('/'), 'backend');
    const paths = Object.keys(search.files);
    const count = (pattern: RegExp) => paths.filter((p) => pattern.test(p)).length;
    const shown = Number(/^(\d+) results?/.exec(search.summary)?.[1] ?? 0);
    expect(shown).toBeGreaterThan(RESULTS_PER_BATCH);
    // Pagefind's worker repeats the code of pagefind.js: search runs without it.
    expect(count(/pagefind-worker/)).toBe(0);
    expect(count(/\.pf_index$/)).toBe(1);
    expect(count(/\.pf_filter$/)).toBe(0);
    expect(count(/\.pf_fragment$/)).toBe(RESULTS_PER_BATCH);
    expect(search.bytes, JSON.stringify(search.files, null, 1)).toBeLessThanOrEqual(budgets.searchBytes);
  });

  it('loads more results only when asked: "Show more results" fetches the next fragments and moves focus to the first new result', async () => {
    const { context, page, errors, requests } = await openPage(browser);
    await page.goto(at('/'));
    await page.keyboard.press('/');
    await page.locator(`${DIALOG}[open]`).waitFor();
    await enterQuery(page, 'backend');
    await waitForSummary(page, DIALOG);
    const results = page.locator(`${DIALOG} [data-search-results] > li`);
    const fragments = () => requests.filter((u) => u.endsWith('.pf_fragment')).length;
    expect(await results.count()).toBe(RESULTS_PER_BATCH);
    expect(fragments()).toBe(RESULTS_PER_BATCH);

    await page.locator(`${DIALOG} [data-search-more]`).click();
    await results.nth(RESULTS_PER_BATCH).waitFor();
    expect(fragments()).toBe(await results.count());
    expect(
      await results
        .nth(RESULTS_PER_BATCH)
        .locator('a')
        .first()
        .evaluate((a) => a === document.activeElement),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
