/**
 * Learning paths in a real browser: the path page and a step article (its
 * step marked in the path block) pass axe in both themes at 360 and 1280 px,
 * and a reader can follow the path with the keyboard alone and without
 * JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const at = (path: string) => new URL(path.slice(1), siteUrl).href;
const PATH = '/paths/how-to-become-a-backend-developer/';
/** A step with two articles: the block marks the step and names the other article. */
const STEP_ARTICLE = '/blog/backend-frameworks-for-beginners/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { width?: number; theme?: 'light' | 'dark'; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.theme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  await page.goto(at(path));
  return page;
}

/** What has keyboard focus: its link target (or tag) and whether a focus outline is drawn. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      href: el?.getAttribute('href') ?? el?.tagName ?? '',
      outlined: style !== undefined && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });

/** Presses Tab until focus is on a link to `href` (at most `limit` times); returns the links passed on the way. */
async function tabTo(page: Page, href: string, limit = 80): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.href === href) return passed;
    passed.push(now.href);
  }
  throw new Error(`no link to ${href} within ${limit} Tab presses; passed ${passed.join(', ')}`);
}

describe.each(['light', 'dark'] as const)('axe, %s theme', (theme) => {
  it.each([360, 1280])('the path page and a step article have no violations at %i px', async (width) => {
    for (const path of [PATH, STEP_ARTICLE]) {
      const page = await open(path, { width, theme });
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      expect(await axeViolations(page), path).toEqual([]);
      await page.context().close();
    }
  });
});

describe('keyboard', () => {
  it('reaches every step of the path page in order, each with a visible focus, and Enter opens it', async () => {
    const page = await open(PATH);
    const steps = await page.locator('article > ol > li h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(steps.length).toBeGreaterThanOrEqual(7);
    const passed = await tabTo(page, steps[0] ?? '');
    expect(passed.filter((h) => steps.includes(h))).toEqual([]);
    expect((await focused(page)).outlined).toBe(true);
    for (const href of steps.slice(1)) {
      await page.keyboard.press('Tab');
      expect(await focused(page)).toEqual({ href, outlined: true });
    }
    await page.keyboard.press('Shift+Tab');
    const last = steps.at(-2) ?? '';
    expect((await focused(page)).href).toBe(last);
    await Promise.all([page.waitForURL((url) => url.pathname === last), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('on a step article, reaches the path link before the text and the next step after it', async () => {
    const page = await open(STEP_ARTICLE);
    const passed = await tabTo(page, PATH);
    // The "Step N of M" line is the first link of the article, before the author and tags.
    expect(passed).not.toContain('/authors/vtechlabs-faculty/');
    const next = await page.locator('nav[aria-labelledby^="path-"] > p a', { hasText: 'Next' }).getAttribute('href');
    expect(next).toMatch(/^\/blog\/[a-z0-9-]+\/$/);
    await tabTo(page, next ?? '', 200);
    expect((await focused(page)).outlined).toBe(true);
    await Promise.all([page.waitForURL((url) => url.pathname === next), page.keyboard.press('Enter')]);
    await expect(page.locator('article header a', { hasText: /^Step \d+ of \d+ · / }).count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the path block works: the next step is a plain link', async () => {
    const page = await open(STEP_ARTICLE, { javaScript: false });
    const nav = page.locator('nav[aria-labelledby^="path-"]');
    await expect(nav.locator('[aria-current="step"]').count()).resolves.toBe(1);
    const next = nav.locator('> p a', { hasText: 'Next' });
    const href = await next.getAttribute('href');
    await Promise.all([page.waitForURL((url) => url.pathname === href), next.click()]);
    await page.context().close();
  });
});
