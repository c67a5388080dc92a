/**
 * Gujarati and Hindi titles on social cards are shaped as a browser shapes
 * them: conjuncts (ક્ષ, જ્ઞ, શ્ર, સ્ત્રી; क्ष, त्र, ज्ञ, श्र, द्ध), the reph and
 * the pre-base vowel sign ि in place, no dotted circle (U+25CC) and no stray
 * virama. Each string is drawn as a card title by the card code (satori +
 * resvg, with the fonts and typeface the card code picks for the language) and
 * by Chromium with the same font file; the two drawings' ink must have the same
 * size and overlap, within a tolerance far smaller than a dotted circle.
 * Measured on 3 December 2026: widths within 1 px, overlap 0.89-1.00; the same
 * strings drawn by Chromium with their letters kept apart (U+200C between them,
 * as an unshaped title would look) overlap the card's by only 0.19-0.42.
 */
import { PNG } from 'pngjs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardBody, CARD_FONT_FAMILY, titleFontSize } from '../../src/lib/social/card.ts';
import { loadCardFonts, type CardFont } from '../../src/lib/social/draw.ts';
import { OG_SIZE } from '../../src/lib/social/sizes.ts';
import { launchBrowser } from '../support/browser.ts';

const STRINGS = {
  gu: ['ક્ષ', 'જ્ઞ', 'શ્ર', 'સ્ત્રી', 'વિદ્યાર્થી', 'કર્મ'],
  hi: ['क्ष', 'त्र', 'ज्ञ', 'श्र', 'द्ध', 'विद्यार्थी', 'कर्म'],
} as const;
const DOTTED_CIRCLE = '\u25CC';
/** How far the two drawings' ink may differ in size: rasterisers round differently. */
const widthTolerance = (px: number) => Math.max(3, px * 0.04);
/** Share of ink the two drawings must have in the same place. */
const MIN_OVERLAP = 0.8;
/** The card body's width on a 1200×630 card (the frame's padding is 80 px each side). */
const BODY_WIDTH = 1040;

interface Ink {
  width: number;
  height: number;
  /** Inked pixels (alpha over half), relative to the ink's top left corner. */
  mask: Set<string>;
}

/** Where an RGBA image has ink: its bounding box and pixels. */
function inkOf(width: number, height: number, rgba: Uint8Array | Buffer): Ink {
  let left = width,
    top = height,
    right = -1,
    bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (rgba[(y * width + x) * 4 + 3]! < 128) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  const mask = new Set<string>();
  for (let y = top; y <= bottom; y++) for (let x = left; x <= right; x++) if (rgba[(y * width + x) * 4 + 3]! >= 128) mask.add(`${x - left},${y - top}`);
  return { width: right - left + 1, height: bottom - top + 1, mask };
}

/** Overlap of two masks, aligned at their top left corners: shared pixels over all pixels. */
function overlap(a: Ink, b: Ink): number {
  let shared = 0;
  for (const p of a.mask) if (b.mask.has(p)) shared++;
  return shared / (a.mask.size + b.mask.size - shared);
}

let fonts: CardFont[];
let browser: Browser;
let page: Page;

beforeAll(async () => {
  fonts = await loadCardFonts();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1200, height: 400 } });
  // The same font files the cards use, as the page's only web fonts.
  const faces = fonts
    .map((f) => `@font-face{font-family:"${f.name}";font-weight:${f.weight};src:url(data:font/woff;base64,${f.data.toString('base64')}) format("woff")}`)
    .join('');
  await page.setContent(
    `<!doctype html><html><head><style>${faces} body{margin:0} #t{display:inline-block;padding:40px;color:#fff;font-weight:700;line-height:1.1;white-space:nowrap}</style></head><body><div id="t"></div></body></html>`,
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The title drawn by the card code: satori lays out the card body, resvg draws it. */
async function cardInk(language: keyof typeof STRINGS, title: string): Promise<Ink> {
  const svg = await satori(cardBody({ title, label: '', siteName: '', footer: '', language }, OG_SIZE), {
    width: BODY_WIDTH,
    fonts: fonts.map((f) => ({ ...f, style: 'normal' as const })),
  });
  const drawn = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return inkOf(drawn.width, drawn.height, drawn.pixels);
}

/** The same title drawn by Chromium with the same font and size. */
async function chromiumInk(language: keyof typeof STRINGS, title: string): Promise<Ink> {
  const family = CARD_FONT_FAMILY[language];
  const size = titleFontSize(title, OG_SIZE);
  await page.evaluate(
    async ({ title, family, size }) => {
      const t = document.getElementById('t')!;
      t.style.fontFamily = `"${family}", "Inter"`;
      t.style.fontSize = `${size}px`;
      t.textContent = title;
      await document.fonts.load(`700 ${size}px "${family}"`, title);
      await document.fonts.ready;
    },
    { title, family, size },
  );
  const png = PNG.sync.read(await page.locator('#t').screenshot({ omitBackground: true }));
  return inkOf(png.width, png.height, png.data);
}

describe.each(Object.entries(STRINGS) as [keyof typeof STRINGS, readonly string[]][])('%s card titles', (language, strings) => {
  it('load the Chromium font for the language (no system fallback)', async () => {
    const family = CARD_FONT_FAMILY[language];
    expect(await page.evaluate(async (f) => (await document.fonts.load(`700 80px "${f}"`, 'x')).length > 0, family)).toBe(true);
  });

  it.each(strings)('%s: drawn as Chromium draws it', async (title) => {
    const [card, chromium] = await Promise.all([cardInk(language, title), chromiumInk(language, title)]);
    const tolerance = widthTolerance(chromium.width);
    expect(Math.abs(card.width - chromium.width), `ink width: card ${card.width}px, Chromium ${chromium.width}px`).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(card.height - chromium.height), `ink height: card ${card.height}px, Chromium ${chromium.height}px`).toBeLessThanOrEqual(
      widthTolerance(chromium.height),
    );
    expect(overlap(card, chromium), 'share of ink in the same place').toBeGreaterThan(MIN_OVERLAP);
  });

  it('would tell a dotted circle apart: one adds far more ink than the tolerance', async () => {
    const title = strings[0]!;
    const [plain, withCircle] = await Promise.all([cardInk(language, title), cardInk(language, `${DOTTED_CIRCLE}${title}`)]);
    expect(withCircle.width - plain.width).toBeGreaterThan(widthTolerance(plain.width) * 2);
    expect(overlap(plain, withCircle)).toBeLessThan(MIN_OVERLAP);
  });
});
