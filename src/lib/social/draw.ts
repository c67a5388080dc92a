/**
 * Draws social cards from their element trees (made in src/lib/social/card.ts)
 * to PNG: satori lays a tree out to SVG, resvg draws the SVG to pixels.
 *
 * Drawing a whole card for each of an article's four sizes took ~50 ms a
 * card: most of a clean build. So a card is drawn in two parts: the frame
 * (background, decoration, site name, footer), the same for every article of
 * a size, drawn once per process; and the body (label and title), drawn once
 * per article for all its sizes and placed into each frame's slot. The
 * result, pixel for pixel the whole tree drawn at once, is stored as a
 * palette PNG (src/lib/social/png.ts).
 *
 * Plain Node (no Vite imports), so the card worker (worker.ts) runs it too.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync, Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePng, toIndexed, type IndexedImage, type RgbaImage } from './png.ts';
import { layerOverRgba, paintLayer, toRgba } from './raster.ts';
import { BODY_SLOT, type CardNode, type ImageSize } from './sizes.ts';

export interface CardFont {
  name: string;
  weight: 400 | 700;
  data: Buffer;
}

/**
 * The card typefaces from @fontsource, as .woff because satori reads TTF, OTF and
 * WOFF but not WOFF2: Inter (Latin), and the Gujarati and Devanagari faces the
 * pages in those languages use (src/styles/fonts/), named as card.ts's
 * CARD_FONT_FAMILY names them. Each in regular and bold.
 */
const CARD_FONT_FILES = [
  { name: 'Inter', file: (weight: number) => `@fontsource/inter/files/inter-latin-${weight}-normal.woff` },
  { name: 'Noto Sans Gujarati', file: (weight: number) => `@fontsource/noto-sans-gujarati/files/noto-sans-gujarati-gujarati-${weight}-normal.woff` },
  { name: 'Noto Sans Devanagari', file: (weight: number) => `@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-${weight}-normal.woff` },
] as const;

export async function loadCardFonts(): Promise<CardFont[]> {
  const require = createRequire(import.meta.url);
  const weights = [400, 700] as const;
  return Promise.all(
    CARD_FONT_FILES.flatMap(({ name, file }) => weights.map(async (weight) => ({ name, weight, data: await readFile(require.resolve(file(weight))) }))),
  );
}

/** A font's identity for cache keys, hashed once per font rather than once per card. */
const fontDigests = new WeakMap<Buffer, string>();
export function fontKey(font: CardFont): string {
  let digest = fontDigests.get(font.data);
  if (!digest) {
    digest = createHash('sha256').update(font.data).digest('hex');
    fontDigests.set(font.data, digest);
  }
  return `${font.name}:${font.weight}:${digest}`;
}

/** One card to draw: its size, its frame and its body. */
export interface CardDrawing {
  size: ImageSize;
  frame: CardNode;
  body: CardNode;
}

/** The cards of one page (an article's four sizes, a course's one), drawn together; `title` names them in errors. */
export interface CardJob {
  title: string;
  cards: CardDrawing[];
}

const satoriFonts = (fonts: readonly CardFont[]) => fonts.map((f) => ({ ...f, style: 'normal' as const }));
/** satori writes text as paths, so resvg needs no fonts: skipping the system font scan saves time on every drawing. */
const RESVG_OPTIONS = { font: { loadSystemFonts: false } };

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Frame {
  image: IndexedImage | RgbaImage;
  /**
   * Where each card is painted: the frame's scanlines are copied in, the body
   * painted over them, the result encoded. Painting and encoding are
   * synchronous, so one canvas serves every card of the frame, and the build
   * does not allocate (and page-fault in) a fresh megabyte per card.
   */
  canvas?: Uint8Array;
  /** Where the body goes, in whole pixels. */
  slot: Box;
}

async function drawFrame(tree: CardNode, size: ImageSize, fonts: readonly CardFont[]): Promise<Frame> {
  let slot: Box | undefined;
  const svg = await satori(tree, {
    ...size,
    fonts: satoriFonts(fonts),
    onNodeDetected: (node) => {
      if (node.key === BODY_SLOT) slot = node;
    },
  });
  if (!slot) throw new Error(`social card frame without an element keyed "${BODY_SLOT}" (src/lib/social/card.ts)`);
  const drawn = new Resvg(svg, RESVG_OPTIONS).render();
  const rgba: RgbaImage = { width: drawn.width, height: drawn.height, pixels: drawn.pixels };
  const left = Math.round(slot.left);
  const top = Math.round(slot.top);
  const image = toIndexed(rgba) ?? rgba;
  return {
    image,
    slot: { left, top, width: Math.round(slot.left + slot.width) - left, height: Math.round(slot.top + slot.height) - top },
  };
}

/** Frames by tree and size, drawn once per process: a handful per build (one per size, and one per course footer). */
const frames = new Map<string, Promise<Frame>>();
function frameFor(tree: CardNode, size: ImageSize, fonts: readonly CardFont[]): Promise<Frame> {
  const key = JSON.stringify([tree, size, fonts.map(fontKey)]);
  let frame = frames.get(key);
  if (!frame) {
    frame = drawFrame(tree, size, fonts);
    frames.set(key, frame);
  }
  return frame;
}

/** A tree drawn on a transparent background at a width, as tall as it needs (resvg's async drawing runs off this thread). */
async function drawLayer(tree: CardNode, width: number, fonts: readonly CardFont[]): Promise<RgbaImage> {
  const svg = await satori(tree, { width, fonts: satoriFonts(fonts) });
  const drawn = await renderAsync(svg, RESVG_OPTIONS);
  return { width: drawn.width, height: drawn.height, pixels: drawn.pixels };
}

/** The PNG of a card: the body placed in the frame's slot. */
function cardPng(frame: Frame, body: RgbaImage, title: string, size: ImageSize): Buffer {
  const { slot, image } = frame;
  if (body.height > slot.height || body.width > slot.width) {
    throw new Error(
      `social card ${size.width}×${size.height}: the title "${title}" needs ${body.height}px but the card has room for ${slot.height}px; shorten the title or lower titleFontSize() in src/lib/social/card.ts.`,
    );
  }
  // Rounded as satori rounds: the card is then pixel for pixel the whole tree drawn at once.
  const at = { x: slot.left, y: slot.top + Math.round((slot.height - body.height) / 2) };
  if ('pixels' in image) return encodePng(layerOverRgba(image, body, at));
  const canvas = (frame.canvas ??= new Uint8Array(image.scanlines.length));
  canvas.set(image.scanlines);
  const card: IndexedImage = { ...image, scanlines: canvas, palette: image.palette.slice() };
  return encodePng(paintLayer(card, body, at) ? card : layerOverRgba(toRgba(image), body, at));
}

/** PNGs of a job's cards, in order: a body shared by several sizes (same tree, same slot width) is drawn once. */
export async function drawCards(job: CardJob, fonts: readonly CardFont[]): Promise<Buffer[]> {
  const bodies = new Map<string, Promise<RgbaImage>>();
  return Promise.all(
    job.cards.map(async ({ size, frame: frameTree, body: bodyTree }) => {
      const frame = await frameFor(frameTree, size, fonts);
      const key = JSON.stringify([bodyTree, frame.slot.width]);
      const body = bodies.get(key) ?? drawLayer(bodyTree, frame.slot.width, fonts);
      bodies.set(key, body);
      return cardPng(frame, await body, job.title, size);
    }),
  );
}
