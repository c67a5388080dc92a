/**
 * Renders a card tree (src/lib/social-card.ts) to PNG with satori (layout to
 * SVG) and resvg (SVG to pixels), and caches the result by a hash of
 * everything that goes into it, so a rebuild re-renders only changed cards.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardNode, ImageSize } from './social-card.ts';

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

/** Hash of the tree, the size and the font bytes: any change to what is drawn changes the key. */
export function cardCacheKey(tree: CardNode, size: ImageSize, fonts: readonly CardFont[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ tree, size }));
  for (const font of fonts) hash.update(`${font.name}:${font.weight}:`).update(font.data);
  return hash.digest('hex').slice(0, 32);
}

export async function renderCardPng(tree: CardNode, size: ImageSize, fonts: readonly CardFont[]): Promise<Buffer> {
  const svg = await satori(tree, { width: size.width, height: size.height, fonts: fonts.map((f) => ({ ...f, style: 'normal' as const })) });
  return new Resvg(svg, { fitTo: { mode: 'width', value: size.width } }).render().asPng();
}

export interface CacheOptions {
  dir?: string;
  /** The renderer; replaceable so tests can count calls. */
  render?: typeof renderCardPng;
}

/** The card's PNG from the cache, or rendered and stored there (atomically, so parallel builds never read half a file). */
export async function cachedCardPng(tree: CardNode, size: ImageSize, fonts: readonly CardFont[], options: CacheOptions = {}): Promise<Buffer> {
  const dir = options.dir ?? DEFAULT_CACHE_DIR;
  const file = join(dir, `${cardCacheKey(tree, size, fonts)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await (options.render ?? renderCardPng)(tree, size, fonts);
  await mkdir(dir, { recursive: true });
  const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
