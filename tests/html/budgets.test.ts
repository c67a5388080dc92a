/**
 * Page-weight budgets (tests/budgets.ts) on every built page, grouped by type:
 * gzip bytes of the HTML and of the CSS and JS it loads before any interaction.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { themeScriptSource } from '../../src/integrations/theme-script.ts';
import { languagePathPrefix } from '../../src/lib/i18n/languages.ts';
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

/** The heaviest page by a measure, as "path: bytes": the one that counts against a budget. */
function heaviest(pages: BuiltPage[], measure: (w: PageWeight, page: BuiltPage) => number): { page: string; bytes: number } {
  return pages.map((p) => ({ page: p.path, bytes: measure(weights.get(p)!, p) })).reduce((a, b) => (b.bytes > a.bytes ? b : a), { page: '(none)', bytes: 0 });
}

describe.each(groups.map((g) => ({ type: g.type.name, kind: g.type.kind, language: g.type.language, pages: g.pages })))(
  '$type pages',
  ({ kind, language, pages }) => {
    it(`run at most ${budgets.jsBeforeInteraction} B of JS before interaction`, () => {
      expect(over(pages, (w) => sum(w.js), budgets.jsBeforeInteraction)).toEqual([]);
    });

    if (kind === 'article') {
      // Every article page of this language: the heaviest counts.
      const chrome = (w: PageWeight, page: BuiltPage) => htmlCss(w) - articleText(page);
      it(`weigh at most ${budgets.articleChrome} B of HTML + CSS besides the article's own text`, () => {
        expect(heaviest(pages, chrome).bytes, `heaviest: ${JSON.stringify(heaviest(pages, chrome))}`).toBeLessThanOrEqual(budgets.articleChrome);
      });
      it('include every built article page of every language', () => {
        const blog = join(distDir, languagePathPrefix(language), 'blog');
        const articleDirs = readdirSync(blog, { withFileTypes: true })
          .filter((e) => e.isDirectory() && e.name !== 'tags' && !/^\d+$/.test(e.name) && existsSync(join(blog, e.name, 'index.html')))
          .map((e) => `${languagePathPrefix(language)}/blog/${e.name}/`);
        expect(articleDirs.length).toBeGreaterThan(0);
        expect(pages.map((p) => p.path).sort()).toEqual(articleDirs.sort());
      });
      const textBudget = language === 'en' ? budgets.articleText : budgets.articleTextIndic;
      it(`carry at most ${textBudget} B of the article's own text`, () => {
        expect(over(pages, (_, page) => articleText(page), textBudget)).toEqual([]);
      });
    } else {
      it(`weigh at most ${budgets.pageTotal} B of HTML + CSS + JS`, () => {
        expect(over(pages, total, budgets.pageTotal)).toEqual([]);
      });
    }
  },
);

describe('site-wide weights', () => {
  it(`keeps the theme script within ${budgets.themeScript} B, and every page carries it`, () => {
    const source = themeScriptSource();
    expect(gzipSize(source)).toBeLessThanOrEqual(budgets.themeScript);
    const without = [...weights].filter(([, w]) => !w.js.some((r) => r.text === source)).map(([p]) => p.path);
    expect(without).toEqual([]);
  });

  /** A page's font files and the bytes they and their stylesheet weigh (woff2 is compressed already: file sizes). */
  const fontWeight = (w: PageWeight) => ({ files: w.fonts.length, bytes: w.fonts.reduce((n, f) => n + statSync(join(distDir, f)).size, 0) + sum(w.fontCss) });
  const isIndic = (page: BuiltPage) => ['gu', 'hi'].includes(page.doc.querySelector('html')?.getAttribute('lang') ?? '');

  it(`loads no web fonts on English pages, or at most ${budgets.fontFiles} files and ${budgets.fontBytes} B a page`, () => {
    const overBudget = [...weights]
      .filter(([page]) => !isIndic(page))
      .map(([page, w]) => ({ page: page.path, ...fontWeight(w) }))
      .filter((f) => f.files > budgets.fontFiles || f.bytes > budgets.fontBytes);
    expect(overBudget).toEqual([]);
  });

  // Registered once Gujarati or Hindi pages are built; tests/html/fonts.test.ts weighs their faces before that.
  if ([...weights.keys()].some(isIndic))
    it(`loads at most ${budgets.indicFontFiles} font files and ${budgets.indicFontBytes} B on a Gujarati or Hindi page`, () => {
      const overBudget = [...weights]
        .filter(([page]) => isIndic(page))
        .map(([page, w]) => ({ page: page.path, ...fontWeight(w) }))
        .filter((f) => f.files > budgets.indicFontFiles || f.bytes > budgets.indicFontBytes);
      expect(overBudget).toEqual([]);
    });
});
