/** Browser helpers shared by the search tests. */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export { AXE_TAGS, axeViolations } from './axe.ts';

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
}

/** A fresh page that records console errors, page errors and requests. */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<WatchedPage & { context: BrowserContext }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, errors, requests };
}

/** Paths (without origin) of the main result links, in order. */
export async function resultPaths(page: Page, panel: string): Promise<string[]> {
  const hrefs = await page.locator(`${panel} [data-search-results] > li > a`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => new URL(h).pathname);
}

/**
 * Waits until the status line has settled on a result summary for what the
 * field holds now (a search started mid-typing announces its own words
 * first), and returns it. Language-neutral: a summary is any status that is
 * not the load error and quotes the field's words, as the panel's own strings
 * (data-search-strings) write it in every language.
 */
export async function waitForSummary(page: Page, panel: string): Promise<string> {
  const settled = await page.waitForFunction((sel) => {
    const root = document.querySelector(sel);
    const panelRoot = root?.matches('[data-search-panel]') ? root : root?.querySelector<HTMLElement>('[data-search-panel]');
    const strings = JSON.parse(panelRoot?.getAttribute('data-search-strings') ?? '{}') as { loadFailed?: string };
    const status = root?.querySelector('[data-search-status]')?.textContent ?? '';
    const words = root?.querySelector<HTMLInputElement>('[data-search-input]')?.value.trim() ?? '';
    return status !== '' && status !== strings.loadFailed && (!words || status.includes(`“${words}”`)) && status;
  }, panel);
  return (await settled.jsonValue()) || '';
}

/** Opens `url`, presses "/" and types `query` into the search dialog. */
export async function typeInDialog(page: Page, url: string, query: string): Promise<void> {
  await page.goto(url);
  await page.keyboard.press('/');
  await page.locator('#search-dialog[open]').waitFor();
  await page.keyboard.type(query);
}

/**
 * Puts `query` into the focused search field in one input, as a paste does.
 * Typed key by key on a busy machine, one key can come more than the search's
 * typing delay (120 ms) after the one before, and a search for the letters so
 * far then fetches result fragments of its own: a test that counts what one
 * search fetches must make only that one.
 */
export async function enterQuery(page: Page, query: string): Promise<void> {
  await page.keyboard.insertText(query);
}
