/**
 * axe-core (WCAG 2.2 A and AA) on one page of every type, light and dark,
 * narrow and wide: no violations. The theme follows the emulated system
 * setting (nothing stored), exactly as a first-time reader gets it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { representativePages } from '../support/page-types.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280];

const siteUrl = inject('siteUrl');
const pages = await representativePages();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Violations as readable lines: rule, impact, help and the failing elements. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(THEMES.flatMap((theme) => WIDTHS.map((width) => ({ theme, width }))))('axe, $theme theme, $width px', ({ theme, width }) => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme });
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it.each(pages)('$type page ($path) has no violations', async ({ path }) => {
    await page.goto(new URL(path.slice(1), siteUrl).href);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await axeViolations(page)).toEqual([]);
  });
});
