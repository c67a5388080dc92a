/**
 * The bytes a reader's search costs (budget in tests/budgets.ts): "/" on the
 * home page, a common word typed, every response until the results show,
 * in gzip bytes. Sizes of files, not timings, so the same build always gives
 * the same number.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { budgets } from '../budgets.ts';
import { launchBrowser } from '../support/browser.ts';
import { RESULTS_PER_BATCH } from '../../src/lib/search-results.ts';
import { searchFetch } from '../support/search-bytes.ts';
import { openPage, typeInDialog, waitForSummary } from '../support/search-page.ts';

const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a search for a common word', () => {
  it(`fetches at most ${budgets.searchBytes} B gzip, loading one index chunk and the fragments of the results shown`, async () => {
    const search = await searchFetch(browser, siteUrl, 'backend');
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
});

describe('more results', () => {
  it('load only when asked for: "Show more results" fetches the next fragments and moves focus to the first new result', async () => {
    const { context, page, errors, requests } = await openPage(browser);
    await typeInDialog(page, siteUrl, 'backend');
    await waitForSummary(page, '#search-dialog');
    const results = page.locator('#search-dialog [data-search-results] > li');
    const fragments = () => requests.filter((u) => u.endsWith('.pf_fragment')).length;
    expect(await results.count()).toBe(RESULTS_PER_BATCH);
    expect(fragments()).toBe(RESULTS_PER_BATCH);

    await page.locator('#search-dialog [data-search-more]').click();
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
