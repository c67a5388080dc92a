/**
 * Renders the social cards (src/lib/social-card.ts) to PNG, and caches them by
 * a hash of everything that goes into them, so a rebuild re-renders only
 * changed cards.
 *
 * Drawing a whole card with satori (layout to SVG) and resvg (SVG to pixels)
 * for each of an article's four sizes took ~50 ms a card: most of a clean
 * build. So a card is drawn in two parts: the frame (background, decoration,
 * site name, footer), the same for every article of a size, laid out and
 * drawn once per build; and the body (label and title), drawn once per
 * article for all its sizes and placed into each frame's slot. The result is
 * stored as a palette PNG (src/lib/png.ts), compressed off the main thread.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync, Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePngAsync, toIndexed, type IndexedImage, type RgbaImage } from './png.ts';
import { layerOverIndexed, layerOverRgba, toRgba } from './raster.ts';
import { BODY_SLOT, cardBody, cardFrame, cardTree, type CardContent, type CardNode, type ImageSize } from './social-card.ts';

export interface CardFont {
  name: string;
  weight: 400 | 700;
  data: Buffer;
}

/** Where rendered cards are kept between builds (git-ignored with node_modules). */
export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og');

/** Inter from @fontsource/inter: .woff, because satori reads TTF, OTF and WOFF but not WOFF2. */
export async function loadCardFonts(): Promise<CardFont[]> {
  const require = createRequire(import.meta.url);
  const file = (weight: number) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
  return [
    { name: 'Inter', weight: 400, data: await readFile(file(400)) },
    { name: 'Inter', weight: 700, data: await readFile(file(700)) },
  ];
}

/** A font's identity for cache keys, hashed once per font rather than once per card. */
const fontDigests = new WeakMap<Buffer, string>();
function fontKey(font: CardFont): string {
  let digest = fontDigests.get(font.data);
  if (!digest) {
    digest = createHash('sha256').update(font.data).digest('hex');
    fontDigests.set(font.data, digest);
  }
  return `${font.name}:${font.weight}:${digest}`;
}

/** Changes when the drawing below changes what a card looks like for the same tree, so old cached cards are not reused. */
const RENDERER = 'frame and body, palette PNG';

/** Hash of the card's tree, its size, the fonts and the renderer: any change to what is drawn changes the key. */
export function cardCacheKey(content: CardContent, size: ImageSize, fonts: readonly CardFont[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ renderer: RENDERER, tree: cardTree(content, size), size }));
  for (const font of fonts) hash.update(fontKey(font));
  return hash.digest('hex').slice(0, 32);
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
  /** Where the body goes, in whole pixels. */
  slot: Box;
}

async function drawFrame(content: CardContent, size: ImageSize, fonts: readonly CardFont[]): Promise<Frame> {
  let slot: Box | undefined;
  const svg = await satori(cardFrame(content, size), {
    ...size,
    fonts: satoriFonts(fonts),
    onNodeDetected: (node) => {
      if (node.key === BODY_SLOT) slot = node;
    },
  });
  if (!slot) throw new Error(`social card frame without an element keyed "${BODY_SLOT}" (src/lib/social-card.ts)`);
  const drawn = new Resvg(svg, RESVG_OPTIONS).render();
  const rgba: RgbaImage = { width: drawn.width, height: drawn.height, pixels: drawn.pixels };
  const left = Math.round(slot.left);
  const top = Math.round(slot.top);
  return {
    image: toIndexed(rgba) ?? rgba,
    slot: { left, top, width: Math.round(slot.left + slot.width) - left, height: Math.round(slot.top + slot.height) - top },
  };
}

/** Frames by tree, size and fonts: a handful per build (one per size, and one per course footer). */
const frames = new Map<string, Promise<Frame>>();
function frameFor(content: CardContent, size: ImageSize, fonts: readonly CardFont[]): Promise<Frame> {
  const key = JSON.stringify([cardFrame(content, size), size, fonts.map(fontKey)]);
  let frame = frames.get(key);
  if (!frame) {
    frame = drawFrame(content, size, fonts);
    frames.set(key, frame);
  }
  return frame;
}

/** A tree drawn on a transparent background at a width, as tall as it needs; resvg draws on libuv's thread pool. */
async function drawLayer(tree: CardNode, width: number, fonts: readonly CardFont[]): Promise<RgbaImage> {
  const svg = await satori(tree, { width, fonts: satoriFonts(fonts) });
  const drawn = await renderAsync(svg, RESVG_OPTIONS);
  return { width: drawn.width, height: drawn.height, pixels: drawn.pixels };
}

function placeBody(frame: Frame, body: RgbaImage, content: CardContent, size: ImageSize): IndexedImage | RgbaImage {
  const { slot, image } = frame;
  if (body.height > slot.height || body.width > slot.width) {
    throw new Error(`social card ${size.width}×${size.height}: the title "${content.title}" needs ${body.height}px but the card has room for ${slot.height}px; shorten the title or lower titleFontSize() in src/lib/social-card.ts.`);
  }
  // Rounded as satori rounds: the card is then pixel for pixel the whole tree drawn at once.
  const at = { x: slot.left, y: slot.top + Math.round((slot.height - body.height) / 2) };
  if ('indices' in image) return layerOverIndexed(image, body, at) ?? layerOverRgba(toRgba(image), body, at);
  return layerOverRgba(image, body, at);
}

/** PNGs of one card's content at several sizes (an article's four): the body is drawn once for all sizes of one width. */
export async function renderCardPngs(content: CardContent, sizes: readonly ImageSize[], fonts: readonly CardFont[]): Promise<Buffer[]> {
  const bodies = new Map<string, Promise<RgbaImage>>();
  return Promise.all(
    sizes.map(async (size) => {
      const frame = await frameFor(content, size, fonts);
      const tree = cardBody(content, size);
      const key = JSON.stringify([tree, frame.slot.width]);
      const body = bodies.get(key) ?? drawLayer(tree, frame.slot.width, fonts);
      bodies.set(key, body);
      return encodePngAsync(placeBody(frame, await body, content, size));
    }),
  );
}

/** One card at one size. */
export async function renderCardPng(content: CardContent, size: ImageSize, fonts: readonly CardFont[]): Promise<Buffer> {
  const [png] = await renderCardPngs(content, [size], fonts);
  if (!png) throw new Error('no card rendered');
  return png;
}

/** The sizes of one card's content that are rendered together (an article's four images, a course's one). */
export interface CardSet {
  content: CardContent;
  sizes: readonly ImageSize[];
}

export interface CacheOptions {
  dir?: string;
  /** The renderer; replaceable so tests can count calls. */
  render?: typeof renderCardPngs;
}

/** Renders in progress, by the cache file of their first size: the other sizes of a set wait for the same render. */
const rendering = new Map<string, Promise<Buffer[]>>();

async function renderAndStore(set: CardSet, files: string[], fonts: readonly CardFont[], options: CacheOptions): Promise<Buffer[]> {
  const pngs = await (options.render ?? renderCardPngs)(set.content, set.sizes, fonts);
  await mkdir(options.dir ?? DEFAULT_CACHE_DIR, { recursive: true });
  await Promise.all(
    files.map(async (file, i) => {
      // Written aside and renamed, so parallel builds never read half a file.
      const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(partial, pngs[i] ?? Buffer.alloc(0));
      await rename(partial, file);
    }),
  );
  return pngs;
}

/** The card's PNG at one of its set's sizes, from the cache, or rendered with the rest of its set and stored there. */
export async function cachedCardPng(set: CardSet, size: ImageSize, fonts: readonly CardFont[], options: CacheOptions = {}): Promise<Buffer> {
  const position = set.sizes.findIndex((s) => s.width === size.width && s.height === size.height);
  if (position < 0) throw new Error(`card size ${size.width}×${size.height} is not one of its set's sizes`);
  const dir = options.dir ?? DEFAULT_CACHE_DIR;
  const files = set.sizes.map((s) => join(dir, `${cardCacheKey(set.content, s, fonts)}.png`));
  const file = files[position] ?? '';
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const first = files[0] ?? file;
  let pending = rendering.get(first);
  if (!pending) {
    pending = renderAndStore(set, files, fonts, options).finally(() => rendering.delete(first));
    rendering.set(first, pending);
  }
  const pngs = await pending;
  return pngs[position] ?? Buffer.alloc(0);
}
