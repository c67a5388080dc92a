import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { representativePages } from '../support/page-types.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let paths: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  // One page of every type, the largest of each: new kinds of page are covered automatically.
  paths = (await representativePages()).map((p) => p.path.slice(1));
});
afterAll(async () => {
  await browser?.close();
});

describe('responsive layout', () => {
  it.each([320, 1600])('nothing overflows sideways at %i px', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const path of paths) {
      await page.goto(siteUrl + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path || 'home').toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('keeps long-form text to a readable line length on wide screens', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 800 } });
    await page.goto(`${siteUrl}blog/how-to-become-a-backend-developer/`);
    const { width, fontSize } = await page.evaluate(() => {
      const p = document.querySelector('.prose p');
      return { width: p?.getBoundingClientRect().width ?? 0, fontSize: parseFloat(getComputedStyle(p ?? document.body).fontSize) };
    });
    // About 45–90 characters a line: at ~0.5em a character, no wider than 45em.
    expect(width / fontSize).toBeLessThanOrEqual(45);
    expect(width / fontSize).toBeGreaterThanOrEqual(22);
    await page.close();
  });

  it.each([360, 1280])('starts a course description right after its header, beside or below the key facts, at %i px', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${siteUrl}courses/backend-development/`);
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const header = await box('article > div > header'); // the title, the summary and the path that leads here
    const facts = await box('[aria-labelledby="facts-heading"]');
    const description = await box('article .prose');
    // Wide: the facts sit beside the text and the description follows the header, not the taller facts card.
    // Narrow: one column, header, facts, description.
    const gap = description.y - (width >= 1024 ? header.y + header.height : facts.y + facts.height);
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThanOrEqual(64);
    expect(facts.x > header.x).toBe(width >= 1024);
    await page.close();
  });
});
