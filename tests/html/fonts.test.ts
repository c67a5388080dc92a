/**
 * The Gujarati and Devanagari web fonts (src/styles/fonts/, linked by
 * src/components/LanguageFonts.astro): built, WOFF2 only, limited to their
 * script by unicode-range, within the per-page font budget of tests/budgets.ts,
 * and never linked by an English page.
 */
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets } from '../budgets.ts';
import { allPages } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

interface Face {
  family: string;
  weight: string;
  files: string[];
  /** Code point ranges as [first, last]. */
  ranges: [number, number][];
}

function faces(css: string): Face[] {
  return (css.match(/@font-face\s*{[^}]*}/g) ?? []).map((block) => {
    const value = (name: string) => new RegExp(`${name}:([^;}]*)`).exec(block)?.[1]?.trim() ?? '';
    const ranges = value('unicode-range')
      .split(',')
      .filter(Boolean)
      .map((range) => {
        const [first, last = first] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(first!, 16), parseInt(last!, 16)] as [number, number];
      });
    const files = [...block.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
    return { family: value('font-family').replace(/["']/g, ''), weight: value('font-weight'), files, ranges };
  });
}

const stylesheets = (await readdir(join(distDir, '_astro'))).filter((f) => f.endsWith('.css'));
const allFaces = (await Promise.all(stylesheets.map(async (f) => faces(await readFile(join(distDir, '_astro', f), 'utf8'))))).flat();
const covers = (face: Face, codePoint: number) => face.ranges.some(([first, last]) => codePoint >= first && codePoint <= last);

describe.each([
  { family: 'Noto Sans Gujarati', letter: 'ક'.codePointAt(0)!, otherScript: 'क'.codePointAt(0)! },
  { family: 'Noto Sans Devanagari', letter: 'क'.codePointAt(0)!, otherScript: 'ક'.codePointAt(0)! },
])('$family', ({ family, letter, otherScript }) => {
  const ofFamily = allFaces.filter((f) => f.family === family);

  it('has a regular and a bold face, each a WOFF2 file in dist/', () => {
    expect(ofFamily.map((f) => f.weight).sort()).toEqual(['400', '700']);
    for (const face of ofFamily) {
      expect(face.files).toHaveLength(1);
      expect(face.files[0]).toMatch(/\.woff2$/);
      expect(statSync(join(distDir, face.files[0]!)).isFile()).toBe(true);
    }
  });

  it("covers its script's letters and neither Latin nor the other script", () => {
    for (const face of ofFamily) {
      expect(covers(face, letter)).toBe(true);
      expect(covers(face, 'a'.codePointAt(0)!)).toBe(false);
      expect(covers(face, otherScript)).toBe(false);
    }
  });

  it(`weighs at most ${budgets.indicFontBytes} B (both files), the per-page budget of a page in that language`, () => {
    const bytes = ofFamily.reduce((n, face) => n + statSync(join(distDir, face.files[0]!)).size, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(budgets.indicFontBytes);
  });
});

it('no English page links a font stylesheet', async () => {
  const english = (await allPages()).filter((p) => p.doc.querySelector('html')?.getAttribute('lang')?.startsWith('en'));
  expect(english.length).toBeGreaterThan(0);
  expect(english.filter((p) => p.doc.querySelector('link[data-fonts]')).map((p) => p.path)).toEqual([]);
});
