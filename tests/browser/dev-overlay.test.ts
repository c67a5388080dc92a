/**
 * The dev server shows an editor's mistake where the editor looks: saving a
 * broken file under `astro dev` puts the content check's report over the page
 * in the browser (Vite's error overlay), it stays there on reload, and saving
 * the fix clears it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { copySite, removeCopy, startDevServer, type RunningAstro } from '../support/site.ts';

const ARTICLE = 'content/articles/what-is-a-rest-api.mdx';
const PAGE = 'blog/what-is-a-rest-api/';

/** The text of the error overlay, or '' while none is shown (or while the page is reloading). */
function overlayText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent ?? '').catch(() => '');
}

/**
 * Reloads the page as a reader would. After a save the dev server reloads
 * every page itself, and a reload it starts while ours is under way takes
 * over (ours ends with net::ERR_ABORTED, or, when Chromium has just swapped
 * the page's renderer for it, "Not attached to an active page"): the page is
 * reloaded all the same.
 */
async function reload(page: Page): Promise<void> {
  await page.reload().catch((error: Error) => {
    if (!/ERR_ABORTED|frame was detached|Not attached to an active page/.test(error.message)) throw error;
  });
  await page.waitForLoadState('load');
}

/**
 * Waits, across the reloads the dev server triggers, until the overlay's text
 * passes `test`. A page whose connection to the dev server was not up when a
 * message went out (the server restarts its optimizer on a first visit, and
 * reloads a page once as its first content sync settles) is reloaded every
 * few seconds: a page that connects is sent the current problems, which is
 * what a reader reloading the page sees. `save` is called first and again
 * every 15 s while the overlay has not changed: a save made before the dev
 * server's file watcher has read every folder goes unnoticed, and an editor
 * would save again.
 */
async function overlayUntil(dev: RunningAstro, page: Page, test: (text: string) => boolean, save?: () => Promise<void>, timeoutMs = 150_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let nextReload = Date.now() + 5_000;
  let nextSave = 0;
  for (;;) {
    if (save && Date.now() >= nextSave) {
      await save();
      nextSave = Date.now() + 15_000;
    }
    const text = await overlayText(page);
    if (test(text)) return text;
    if (Date.now() > nextReload) {
      await reload(page).catch(() => undefined);
      nextReload = Date.now() + 5_000;
    }
    if (Date.now() > end)
      throw new Error(`the overlay did not change as expected within ${timeoutMs} ms; it shows: ${JSON.stringify(text)}\n${dev.output().output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('content problems on the dev server', () => {
  let copy = '';
  let dev: RunningAstro;
  let url = '';
  let browser: Browser;
  let original = '';

  beforeAll(async () => {
    copy = await copySite();
    original = await readFile(join(copy, ARTICLE), 'utf8');
    ({ dev, url } = await startDevServer(copy));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    if (copy) await removeCopy(copy);
  });

  it('shows a saved mistake over the page with file:line – what – fix, keeps it on reload, and clears it once fixed', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(PAGE, url).href);
    expect(await overlayText(page)).toBe('');

    const tagsLine = original.split('\n').findIndex((line) => line.startsWith('tags:')) + 1;
    const problem = `content/articles/what-is-a-rest-api.mdx:${tagsLine} – tags should be a list, not the text "backend"`;
    const broken = original.replace(/^tags: .*$/m, 'tags: backend');
    const shown = await overlayUntil(
      dev,
      page,
      (text) => text.includes(problem),
      () => writeFile(join(copy, ARTICLE), broken),
    );
    expect(shown).toContain('write it as a list');
    expect(shown).not.toMatch(/\bat \w+ \(/); // no stack trace

    await reload(page);
    await overlayUntil(dev, page, (text) => text.includes(problem));

    await overlayUntil(
      dev,
      page,
      (text) => text === '',
      () => writeFile(join(copy, ARTICLE), original),
    );
    await page.waitForLoadState('load');
    expect(await page.locator('h1').first().textContent()).toContain('REST API');
    await page.close();
  });
});
