import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(colorScheme: 'light' | 'dark', path = 'blog/how-to-become-a-backend-developer/') {
  const context: BrowserContext = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(siteUrl + path);
  return { context, page, errors };
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme']);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('theme', () => {
  it('follows the system setting when the reader has not chosen', async () => {
    const light = await open('light');
    const dark = await open('dark');
    expect(await theme(light.page)).toBe('light');
    expect(await theme(dark.page)).toBe('dark');
    expect(await background(light.page)).not.toBe(await background(dark.page));
    await light.context.close();
    await dark.context.close();
  });

  it('toggles, says so to assistive technology, and remembers the choice on the next page', async () => {
    const { context, page, errors } = await open('light');
    const toggle = page.locator('[data-theme-toggle]');
    // expect.poll gives up after 1 s by default, less than one call to the browser can take on a busy machine.
    await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 60_000 }).toBe('false');
    await toggle.click();
    expect(await theme(page)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    await page.goto(`${siteUrl}courses/`);
    expect(await theme(page)).toBe('dark');
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('applies a stored choice before the first paint (no flash of the other theme)', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      // Record the theme at the moment <body> is first parsed, before any paint of it.
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(siteUrl);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
    await context.close();
  });

  it('works from the keyboard', async () => {
    const { context, page } = await open('dark', '');
    await page.locator('[data-theme-toggle]').focus();
    await page.keyboard.press('Enter');
    expect(await theme(page)).toBe('light');
    await context.close();
  });
});

describe('skip link', () => {
  it('is the first thing the keyboard reaches and moves focus to the main content', async () => {
    const { context, page } = await open('light');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Skip to content');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
