/**
 * Social card PNGs: drawn by draw.ts, cached by a hash of everything that
 * goes into them (so a rebuild draws only changed cards), and, in a build,
 * drawn ahead in worker threads (worker.ts) from its start, while the main
 * thread bundles and renders the HTML pages (src/integrations/social-cards.ts).
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cardBody, cardFrame, cardTree, type CardContent } from './card.ts';
import type { ImageSize } from './sizes.ts';
import { drawCards, fontKey, type CardFont, type CardJob } from './draw.ts';
import { CardWorker, defaultWorkerCount, workersAvailable } from './worker-pool.ts';
import { writeFileAtomically } from '../build/atomic-write.ts';

export { loadCardFonts, type CardFont } from './draw.ts';

/** Where rendered cards are kept between builds (git-ignored with node_modules). */
export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og');

/** Changes when the drawing changes what a card looks like for the same tree, so old cached cards are not reused. */
const RENDERER = 'frame and body, palette PNG';

/** Hash of the card's tree, its size, the fonts and the renderer: any change to what is drawn changes the key. */
export function cardCacheKey(content: CardContent, size: ImageSize, fonts: readonly CardFont[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ renderer: RENDERER, tree: cardTree(content, size), size }));
  for (const font of fonts) hash.update(fontKey(font));
  return hash.digest('hex').slice(0, 32);
}

/** The sizes of one card's content that are rendered together (an article's four images, a course's one). */
export interface CardSet {
  content: CardContent;
  sizes: readonly ImageSize[];
}

export function cardJob(set: CardSet): CardJob {
  return { title: set.content.title, cards: set.sizes.map((size) => ({ size, frame: cardFrame(set.content, size), body: cardBody(set.content, size) })) };
}

/** PNGs of one card's content at several sizes, in the order of `sizes`. */
export function renderCardPngs(content: CardContent, sizes: readonly ImageSize[], fonts: readonly CardFont[]): Promise<Buffer[]> {
  return drawCards(cardJob({ content, sizes }), fonts);
}

export interface CacheOptions {
  dir?: string;
  /** The renderer; replaceable so tests can count calls. */
  render?: typeof renderCardPngs;
}

/** Cache files of a set's sizes; remembered per set, as the route asks for each set once per size. */
const filesOfSet = new WeakMap<CardSet, { key: string; files: string[] }>();
function cacheFiles(set: CardSet, fonts: readonly CardFont[], dir = DEFAULT_CACHE_DIR): string[] {
  const key = JSON.stringify([dir, fonts.map(fontKey)]);
  const known = filesOfSet.get(set);
  if (known?.key === key) return known.files;
  const files = set.sizes.map((size) => join(dir, `${cardCacheKey(set.content, size, fonts)}.png`));
  filesOfSet.set(set, { key, files });
  return files;
}

/** The cache file of a card at one of its set's sizes. */
export function cacheFileOf(set: CardSet, size: ImageSize, fonts: readonly CardFont[], dir = DEFAULT_CACHE_DIR): string {
  const position = set.sizes.findIndex((s) => s.width === size.width && s.height === size.height);
  const file = cacheFiles(set, fonts, dir)[position];
  if (!file) throw new Error(`card size ${size.width}×${size.height} is not one of its set's sizes`);
  return file;
}

/**
 * Sets being drawn, by the cache file of their first size: a promise of the
 * PNGs (drawn here) or of undefined (drawn by the worker, which wrote them to
 * the cache). The other sizes of a set wait for the same drawing.
 */
const drawing = new Map<string, Promise<Buffer[] | undefined>>();

/** Marks a set as being drawn until `work` settles; a failure is kept for whoever asks for the set. */
function trackDrawing(firstFile: string, work: Promise<Buffer[] | undefined>): void {
  const settled = work.finally(() => drawing.delete(firstFile));
  settled.catch(() => {}); // reported to the route that asks for the set, not as an unhandled rejection
  drawing.set(firstFile, settled);
}

async function renderAndStore(set: CardSet, files: string[], fonts: readonly CardFont[], options: CacheOptions): Promise<Buffer[]> {
  const pngs = await (options.render ?? renderCardPngs)(set.content, set.sizes, fonts);
  await mkdir(options.dir ?? DEFAULT_CACHE_DIR, { recursive: true });
  files.forEach((file, i) => writeFileAtomically(file, pngs[i] ?? Buffer.alloc(0)));
  return pngs;
}

/** Sets waiting for a worker, by the cache file of their first size, in the order the route will ask for them. */
const queue = new Map<string, { set: CardSet; files: string[] }>();

const cached = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

export interface AheadOptions {
  dir?: string;
  workers?: number;
  script?: string;
}

/**
 * Starts drawing, in worker threads, every set not in the cache yet, and
 * returns at once (with `done`, for tests): the build renders pages meanwhile, and cachedCardPng waits
 * for a set still being drawn, or takes back one still queued and draws it
 * itself. Without the worker's source (see worker-pool.ts), nothing is drawn
 * ahead and each card is drawn when asked for.
 */
export async function drawAhead(sets: readonly CardSet[], fonts: readonly CardFont[], options: AheadOptions = {}): Promise<{ done: Promise<void> }> {
  if (!workersAvailable(options.script)) return { done: Promise.resolve() };
  const dir = options.dir ?? DEFAULT_CACHE_DIR;
  for (const set of sets) {
    const files = cacheFiles(set, fonts, dir);
    const first = files[0];
    if (!first || queue.has(first) || drawing.has(first)) continue;
    if ((await Promise.all(files.map(cached))).every(Boolean)) continue;
    queue.set(first, { set, files });
  }
  if (queue.size === 0) return { done: Promise.resolve() };
  await mkdir(dir, { recursive: true });
  const count = Math.min(options.workers ?? defaultWorkerCount(), queue.size);
  const workers = Array.from({ length: count }, async () => {
    const worker = new CardWorker(fonts, options.script);
    // Two jobs in flight, so the worker has the next one while the main thread is busy with a page.
    await Promise.all([feed(worker), feed(worker)]);
    await worker.close();
  });
  return { done: Promise.all(workers).then(() => undefined) };
}

/** Gives a worker the next queued set until none is left. */
async function feed(worker: CardWorker): Promise<void> {
  for (let next = queue.entries().next(); !next.done; next = queue.entries().next()) {
    const [first, { set, files }] = next.value;
    queue.delete(first);
    // The worker writes the PNGs into the cache itself: 4,000 file writes kept off the thread that renders pages.
    const work = worker.draw(cardJob(set), files).then(() => undefined);
    trackDrawing(first, work);
    // A card that cannot be drawn fails its own route; a worker that stopped leaves the rest to the route.
    await work.catch(() => undefined);
    if (!worker.alive) return;
  }
}

/** The card's PNG at one of its set's sizes: from the cache, from a drawing under way, or drawn now with the rest of its set. */
export async function cachedCardPng(set: CardSet, size: ImageSize, fonts: readonly CardFont[], options: CacheOptions = {}): Promise<Buffer> {
  const position = set.sizes.findIndex((s) => s.width === size.width && s.height === size.height);
  if (position < 0) throw new Error(`card size ${size.width}×${size.height} is not one of its set's sizes`);
  const files = cacheFiles(set, fonts, options.dir);
  const file = files[position] ?? '';
  const first = files[0] ?? file;
  // Still queued: the route needs it now, so it is drawn here rather than after the worker's backlog.
  queue.delete(first);
  const fromCache = drawing.has(first) ? undefined : await readFile(file).catch(() => undefined);
  if (fromCache) return fromCache;
  // Checked after reading the cache: another size of the set may have started drawing meanwhile.
  let pending = drawing.get(first);
  if (!pending) {
    pending = renderAndStore(set, files, fonts, options);
    trackDrawing(first, pending);
  }
  const drawn = await pending;
  return drawn?.[position] ?? (await readFile(file));
}
