/**
 * Every class on a built page has a rule in the stylesheet that page loads.
 * Article pages load a lighter stylesheet (src/styles/article.css) built from
 * the files articles are made of: this is what fails if a component only
 * other pages use ends up on an article page without its styles. The search
 * UI's rules (src/styles/search.css) load with it. It also catches a class
 * name that is misspelled.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { allPages, type BuiltPage } from '../support/dist.ts';
import { distDir } from '../support/site.ts';
import { splitPathLanguage } from '../../src/lib/urls/paths.ts';

/** Classes that mark elements for scripts, tests or Shiki, and carry no style of their own. */
const MARKERS = new Set(['astro-code-themes', 'github-light-default', 'github-dark-default', 'line', 'callout']);

const pages = await allPages();
const stylesheets = new Map<string, Set<string>>();

/** The class names a stylesheet has rules for (from its selectors, unescaped). */
async function classesStyledBy(href: string): Promise<Set<string>> {
  const cached = stylesheets.get(href);
  if (cached) return cached;
  const css = await readFile(join(distDir, href), 'utf8');
  const names = new Set([...css.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));
  stylesheets.set(href, names);
  return names;
}

async function unstyled(page: BuiltPage, classes: string[]): Promise<string[]> {
  const links = page.doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href') ?? '');
  const styled = await Promise.all(links.map(classesStyledBy));
  return [...new Set(classes)].filter((c) => !MARKERS.has(c) && !styled.some((s) => s.has(c)));
}

const classesIn = (root: ReturnType<typeof parse>) =>
  root.querySelectorAll('[class]').flatMap((el) => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean));

describe('styles', () => {
  it('gives article pages their own, lighter stylesheet and every other page the site stylesheet', () => {
    const sheet = (page: BuiltPage) => page.doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    // Article pages in every language: /gu/blog/x/ as /blog/x/.
    const articles = pages.filter((p) => /^\/blog\/(?!tags\/|\d+\/)[^/]+\/$/.test(splitPathLanguage(p.path).sharedPath));
    expect(articles.some((p) => splitPathLanguage(p.path).language !== 'en')).toBe(true);
    expect(articles.length).toBeGreaterThan(0);
    expect(new Set(articles.map(sheet)).size).toBe(1);
    const others = pages.filter((p) => !articles.includes(p));
    expect(new Set(others.map(sheet)).size).toBe(1);
    expect(sheet(articles[0]!)).not.toBe(sheet(others[0]!));
  });

  it('has a rule for every class of every page, in the stylesheet the page loads', async () => {
    for (const page of pages) expect(await unstyled(page, classesIn(page.doc)), page.path).toEqual([]);
  });

  it('has a rule for every class of the search dialog in the search stylesheet, which no page but /search/ (and its Gujarati and Hindi twins) loads up front', async () => {
    const { html } = JSON.parse(await readFile(join(distDir, 'search-dialog.json'), 'utf8')) as { html: string };
    const classes = classesIn(parse(html));
    expect(classes.length).toBeGreaterThan(10);
    // The /search/ page links the search UI's stylesheet (search.css) after the site's.
    const searchPage = pages.find((p) => p.path === '/search/')!;
    expect(await unstyled(searchPage, classes)).toEqual([]);
    const searchSheet = searchPage.doc.querySelectorAll('link[rel="stylesheet"]').at(-1)?.getAttribute('href');
    const searchPages = new Set(['/search/', '/gu/search/', '/hi/search/']);
    for (const page of pages.filter((p) => !searchPages.has(p.path))) expect(page.html, page.path).not.toContain(searchSheet);
  });
});
