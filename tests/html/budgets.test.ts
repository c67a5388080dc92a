/**
 * Page-weight budgets (tests/budgets.ts) on every built page, grouped by type:
 * gzip bytes of the HTML and of the CSS and JS it loads before any interaction.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
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

/** Pages over a limit, as "path: bytes", so a failure names them. */
function over(pages: BuiltPage[], measure: (w: PageWeight) => number, limit: number): string[] {
  return pages.filter((p) => measure(weights.get(p)!) > limit).map((p) => `${p.path}: ${measure(weights.get(p)!)} B`);
}

describe.each(groups.map((g) => ({ type: g.type.name, pages: g.pages })))('$type pages', ({ type, pages }) => {
  it(`run at most ${budgets.jsBeforeInteraction} B of JS before interaction`, () => {
    expect(over(pages, (w) => sum(w.js), budgets.jsBeforeInteraction)).toEqual([]);
  });

  const weighs = type === 'article' ? `at most ${budgets.articleHtmlCss} B of HTML + CSS` : `at most ${budgets.pageTotal} B of HTML + CSS + JS`;
  it(`weigh ${weighs}`, () => {
    expect(type === 'article' ? over(pages, htmlCss, budgets.articleHtmlCss) : over(pages, total, budgets.pageTotal)).toEqual([]);
  });
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
