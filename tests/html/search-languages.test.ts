/**
 * The search dialog's markup per language (/search-dialog.json,
 * /gu/search-dialog.json, /hi/search-dialog.json): its interface in the page's
 * language, its form and links to that language's search page, and on Gujarati
 * and Hindi pages a link that runs the search over the English pages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/site.ts';

async function dialog(folder: string) {
  const { html } = JSON.parse(await readFile(join(distDir, folder, 'search-dialog.json'), 'utf8')) as { html: string };
  return parse(html);
}

describe.each([
  { folder: '', script: /[A-Za-z]/, searchPage: '/search/' },
  { folder: 'gu', script: /[\u0A80-\u0AFF]/, searchPage: '/gu/search/' },
  { folder: 'hi', script: /[\u0900-\u097F]/, searchPage: '/hi/search/' },
])('the dialog for /$folder pages', ({ folder, script, searchPage }) => {
  it("speaks the page's language", async () => {
    const doc = await dialog(folder);
    for (const selector of ['#search-dialog-title', 'label[for="search-dialog-q"]', '[data-search-more]', '[data-search-full]']) {
      expect(doc.querySelector(selector)?.textContent.trim(), selector).toMatch(script);
    }
    expect(doc.querySelector('input[type="search"]')?.getAttribute('placeholder')).toMatch(script);
  });

  it("sends the form and the full-search link to that language's search page", async () => {
    const doc = await dialog(folder);
    expect(doc.querySelector('form[role="search"]')?.getAttribute('action')).toBe(searchPage);
    expect(doc.querySelector('[data-search-full]')?.getAttribute('href')).toBe(searchPage);
  });

  it(folder ? 'offers the same search over the English pages' : 'has no other-language link: English searches English', async () => {
    const english = (await dialog(folder)).querySelector('[data-search-english]');
    if (!folder) return expect(english).toBeNull();
    expect(english?.getAttribute('href')).toBe('/search/');
    // Its text is in the page's language; only its target is English.
    expect(english?.textContent).toMatch(script);
    expect(english?.getAttribute('hreflang')).toBe('en');
  });
});
