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
import { copySite, removeCopy, startAstro, type RunningAstro } from '../support/site.ts';

const PORT = 4393;
const ARTICLE = 'content/articles/what-is-a-rest-api.mdx';
const PAGE = `http://127.0.0.1:${PORT}/blog/what-is-a-rest-api/`;

/** The text of the error overlay, or '' while none is shown (or while the page is reloading). */
function overlayText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent ?? '').catch(() => '');
}

/**
 * Waits, across the reloads the dev server triggers, until the overlay's text
 * passes `test`. A page whose connection to the dev server was not up when a
 * message went out (the server restarts its optimizer on a first visit) is
 * reloaded every few seconds: a page that connects is sent the current
 * problems, which is what a reader reloading the page sees.
 */
async function overlayUntil(dev: RunningAstro, page: Page, test: (text: string) => boolean, timeoutMs = 40_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let nextReload = Date.now() + 5_000;
  for (;;) {
    const text = await overlayText(page);
    if (test(text)) return text;
    if (Date.now() > nextReload) {
      await page.reload().catch(() => undefined);
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
  let browser: Browser;
  let original = '';

  beforeAll(async () => {
    copy = await copySite();
    original = await readFile(join(copy, ARTICLE), 'utf8');
    dev = startAstro(copy, ['dev', '--host', '127.0.0.1', '--port', String(PORT)]);
    await dev.waitFor(/watching for file changes/);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    if (copy) await removeCopy(copy);
  });

  it('shows a saved mistake over the page with file:line – what – fix, keeps it on reload, and clears it once fixed', async () => {
    const page = await browser.newPage();
    await page.goto(PAGE);
    // The dev server reloads a page once as its first content sync settles; save after that, as an editor would.
    await page.waitForTimeout(2000);
    expect(await overlayText(page)).toBe('');

    const tagsLine = original.split('\n').findIndex((line) => line.startsWith('tags:')) + 1;
    const problem = `content/articles/what-is-a-rest-api.mdx:${tagsLine} – tags should be a list, not the text "backend"`;
    await writeFile(join(copy, ARTICLE), original.replace(/^tags: .*$/m, 'tags: backend'));
    const shown = await overlayUntil(dev, page, (text) => text.includes(problem));
    expect(shown).toContain('write it as a list');
    expect(shown).not.toMatch(/\bat \w+ \(/); // no stack trace

    await page.reload();
    await overlayUntil(dev, page, (text) => text.includes(problem));

    await writeFile(join(copy, ARTICLE), original);
    await overlayUntil(dev, page, (text) => text === '');
    await page.waitForLoadState('load');
    expect(await page.locator('h1').first().textContent()).toContain('REST API');
    await page.close();
  });
});
