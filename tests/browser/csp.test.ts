/**
 * Every page type under its Content-Security-Policy in a real browser: the
 * theme toggle works, a search runs (dialog, or the search page's own field),
 * and the page reports no CSP violation and no console error.
 * (tests/html/csp.test.ts checks the policy text itself.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { representativePages } from '../support/page-types.ts';
import { waitForSummary } from '../support/search-page.ts';

const siteUrl = inject('siteUrl');
const pages = await representativePages();
let browser: Browser;
let page: Page;
/** Everything the browser complained about on the page open now. */
let problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  // Runs before any page script, so no violation can slip past the listener.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
});
afterAll(async () => {
  await browser?.close();
});

/** Searches the way a reader does: "/" opens the dialog (or, on the search page, focuses its field). */
async function search(query: string): Promise<string> {
  await page.keyboard.press('/');
  const panel = (await page.locator('[data-search-page]').count()) > 0 ? '[data-search-page]' : '#search-dialog';
  if (panel === '#search-dialog') await page.locator('#search-dialog[open]').waitFor();
  await page.keyboard.type(query);
  return waitForSummary(page, panel);
}

describe('Content-Security-Policy in the browser', () => {
  it.each(pages)('$type page ($path): theme toggle and search run with no violation', async ({ type, path }) => {
    problems = [];
    await page.goto(new URL(path.slice(1), siteUrl).href);
    const before = await page.evaluate(() => document.documentElement.dataset['theme']);
    expect(before).toMatch(/^(light|dark)$/);
    await page.locator('[data-theme-toggle]').first().click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).not.toBe(before);
    // A count is a digit in every language's summary; "no results" has none.
    expect(await search('backend')).toMatch(/\d/);
    // The 404 page is served with status 404, which Chromium logs as a console error.
    const expected = type === '404' ? problems.filter((p) => !p.includes('404')) : problems;
    expect(expected).toEqual([]);
  });
});
