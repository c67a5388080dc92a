/**
 * axe-core (WCAG 2.2 A and AA) on one page of every type, plus the open search
 * dialog and the search page with results, in light and dark, narrow and
 * wide: no violations. The theme follows the emulated system setting (nothing
 * stored), exactly as a first-time reader gets it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { representativePages } from '../support/page-types.ts';
import { typeInDialog, waitForSummary } from '../support/search-page.ts';

const THEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280];
/** A word every build's content has, so search shows results. */
const QUERY = 'backend';

const siteUrl = inject('siteUrl');
const at = (path: string) => new URL(path.slice(1), siteUrl).href;
const pages = await representativePages();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('finds a violation where there is one (the runner works)', async () => {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main></html>');
  expect(await axeViolations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
  await page.close();
});

describe.each(THEMES.flatMap((theme) => WIDTHS.map((width) => ({ theme, width }))))('axe, $theme theme, $width px', ({ theme, width }) => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme });
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.context().close();
  });
  const currentTheme = () => page.evaluate(() => document.documentElement.dataset['theme']);

  it.each(pages)('$type page ($path) has no violations', async ({ path }) => {
    await page.goto(at(path));
    expect(await currentTheme()).toBe(theme);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('search dialog, open with results, has no violations', async () => {
    const article = pages.find((p) => p.type === 'article')!;
    await typeInDialog(page, at(article.path), QUERY);
    await waitForSummary(page, '#search-dialog');
    expect(await currentTheme()).toBe(theme);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('search page with results has no violations', async () => {
    await page.goto(at(`/search/?q=${QUERY}`));
    await waitForSummary(page, '[data-search-page]');
    expect(await axeViolations(page)).toEqual([]);
  });
});
