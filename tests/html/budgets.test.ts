/**
 * Page-weight budgets (tests/budgets.ts) on every built page, grouped by type:
 * gzip bytes of the HTML and of the CSS and JS it loads before any interaction.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { themeScriptSource } from '../../src/integrations/theme-script.ts';
import { budgets } from '../budgets.ts';
import { pagesByType } from '../support/page-types.ts';
import { gzipSize, pageWeight, sum, type PageWeight } from '../support/weight.ts';
import type { BuiltPage } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

const groups = await pagesByType();
const weights = new Map<BuiltPage, PageWeight>(groups.flatMap((g) => g.pages.map((p) => [p, pageWeight(p)] as const)));
/** Inline scripts are JS: counted in the JS budget, not twice as HTML. */
const htmlCss = (w: PageWeight) => w.html - sum(w.js.filter((r) => r.name.startsWith('inline'))) + sum(w.css);
const total = (w: PageWeight) => w.html + sum(w.css) + sum(w.js.filter((r) => !r.name.startsWith('inline')));

/** Gzip bytes the article's own text (its rendered body) adds to the page: the page weighed with and without it. */
function articleText(page: BuiltPage): number {
  const doc = parse(page.html);
  const body = doc.querySelector('article .prose');
  if (!body) throw new Error(`${page.path}: no article body (article .prose) to weigh`);
  body.set_content('');
  return gzipSize(page.html) - gzipSize(doc.toString());
}

/** Pages over a limit, as "path: bytes", so a failure names them. */
function over(pages: BuiltPage[], measure: (w: PageWeight, page: BuiltPage) => number, limit: number): string[] {
  return pages.filter((p) => measure(weights.get(p)!, p) > limit).map((p) => `${p.path}: ${measure(weights.get(p)!, p)} B`);
}

describe.each(groups.map((g) => ({ type: g.type.name, kind: g.type.kind, pages: g.pages })))('$type pages', ({ kind, pages }) => {
  it(`run at most ${budgets.jsBeforeInteraction} B of JS before interaction`, () => {
    expect(over(pages, (w) => sum(w.js), budgets.jsBeforeInteraction)).toEqual([]);
  });

  if (kind === 'article') {
    it(`weigh at most ${budgets.articleChrome} B of HTML + CSS besides the article's own text`, () => {
      expect(over(pages, (w, page) => htmlCss(w) - articleText(page), budgets.articleChrome)).toEqual([]);
    });
    it(`carry at most ${budgets.articleText} B of the article's own text`, () => {
      expect(over(pages, (_, page) => articleText(page), budgets.articleText)).toEqual([]);
    });
  } else {
    it(`weigh at most ${budgets.pageTotal} B of HTML + CSS + JS`, () => {
      expect(over(pages, total, budgets.pageTotal)).toEqual([]);
    });
  }
});

describe('site-wide weights', () => {
  it(`keeps the theme script within ${budgets.themeScript} B, and every page carries it`, () => {
    const source = themeScriptSource();
    expect(gzipSize(source)).toBeLessThanOrEqual(budgets.themeScript);
    const without = [...weights].filter(([, w]) => !w.js.some((r) => r.text === source)).map(([p]) => p.path);
    expect(without).toEqual([]);
  });

  it(`loads no web fonts, or at most ${budgets.fontFiles} files and ${budgets.fontBytes} B`, () => {
    const fonts = [...new Set([...weights.values()].flatMap((w) => w.fonts))];
    expect(fonts.length).toBeLessThanOrEqual(budgets.fontFiles);
    // Font files are sent as they are (woff2 is compressed already).
    const bytes = fonts.reduce((n, f) => n + statSync(join(distDir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(budgets.fontBytes);
  });
});
