import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { imageSize } from 'image-size';
import { PNG } from 'pngjs';
import satori from 'satori';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { titleLength } from '../../../src/lib/content/fields.ts';
import { cachedCardPng, cardCacheKey, drawAhead, loadCardFonts, renderCardPngs } from '../../../src/lib/social/card-cache.ts';
import { cardTree } from '../../../src/lib/social/card.ts';
import { ARTICLE_IMAGE_SIZES, OG_SIZE, type ImageSize } from '../../../src/lib/social/sizes.ts';

const content = { title: 'What is a REST API?', label: 'Article', siteName: 'VTechLabs', footer: 'www.vtechlabs.example' };
const ALL_SIZES: ImageSize[] = [OG_SIZE, ...Object.values(ARTICLE_IMAGE_SIZES)];
const fonts = loadCardFonts();

/** The whole tree drawn in one go by satori and resvg: what a card looked like before it was drawn in parts. */
async function drawnWhole(size: ImageSize, title: string): Promise<Uint8Array> {
  const svg = await satori(cardTree({ ...content, title }, size), { ...size, fonts: (await fonts).map((f) => ({ ...f, style: 'normal' as const })) });
  return new Resvg(svg).render().pixels;
}

describe('rendering', () => {
  const title = 'A much longer article title that needs to wrap over several lines';

  it('renders PNGs of the exact sizes, well under 300 KB, as palette images', async () => {
    const pngs = await renderCardPngs({ ...content, title }, ALL_SIZES, await fonts);
    expect(pngs.map((png) => imageSize(png))).toEqual(ALL_SIZES.map((size) => ({ type: 'png', ...size })));
    for (const png of pngs) {
      expect(png.length).toBeLessThan(300 * 1024);
      expect(PNG.sync.read(png).colorType).toBe(3);
    }
  });

  it('draws in parts the same picture as the whole tree drawn at once, card after card', async () => {
    // A long title first: what it painted on the shared frame must be gone from the next card.
    await renderCardPngs({ ...content, title: `${title}, and then some more words` }, ALL_SIZES, await fonts);
    const pngs = await renderCardPngs(content, ALL_SIZES, await fonts);
    for (const [i, size] of ALL_SIZES.entries()) {
      const ours = PNG.sync.read(pngs[i] ?? Buffer.alloc(0)).data;
      const whole = await drawnWhole(size, content.title);
      let off = 0;
      for (let p = 0; p < ours.length; p += 4) {
        const difference = Math.max(...[0, 1, 2].map((c) => Math.abs((ours[p + c] ?? 0) - (whole[p + c] ?? 0))));
        if (difference > 24) off++;
      }
      // Only anti-aliased glyph edges may differ (the title is placed on whole pixels): under 0.1% of the pixels.
      expect(off / (size.width * size.height), `${size.width}×${size.height}`).toBeLessThan(0.001);
    }
  });

  it('fits the longest title the content schema allows in every size', async () => {
    const longest = 'Backend development with databases and APIs '.repeat(5).slice(0, titleLength.max);
    const pngs = await renderCardPngs({ ...content, title: longest }, ALL_SIZES, await fonts);
    expect(pngs).toHaveLength(ALL_SIZES.length);
  });

  it('stops with the title named when it cannot fit', async () => {
    const huge = 'Backend '.repeat(60);
    await expect(renderCardPngs({ ...content, title: huge }, [OG_SIZE], await fonts)).rejects.toThrow(/the title "Backend Backend.*shorten the title/);
  });
});

describe('cache', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('keys the cache on content, size and fonts', async () => {
    const key = cardCacheKey(content, OG_SIZE, await fonts);
    expect(cardCacheKey({ ...content }, OG_SIZE, await fonts)).toBe(key);
    expect(cardCacheKey({ ...content, title: 'Other' }, OG_SIZE, await fonts)).not.toBe(key);
    expect(cardCacheKey(content, ARTICLE_IMAGE_SIZES['16x9'], await fonts)).not.toBe(key);
    expect(cardCacheKey(content, OG_SIZE, (await fonts).slice(0, 1))).not.toBe(key);
  });

  it('renders all sizes of a card once and serves them from the cache after', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'og-cache-'));
    dirs.push(dir);
    const render = vi.fn(renderCardPngs);
    const set = { content, sizes: ALL_SIZES };
    const loaded = await fonts;
    const first = await Promise.all(ALL_SIZES.map((size) => cachedCardPng(set, size, loaded, { dir, render })));
    expect(render).toHaveBeenCalledTimes(1);
    expect(first.map((png) => imageSize(png))).toEqual(ALL_SIZES.map((size) => ({ type: 'png', ...size })));
    const again = await cachedCardPng({ content: { ...content }, sizes: ALL_SIZES }, ARTICLE_IMAGE_SIZES['4x3'], await fonts, { dir, render });
    expect(render).toHaveBeenCalledTimes(1);
    expect(again.equals(first[2] ?? Buffer.alloc(0))).toBe(true);
    await cachedCardPng({ content: { ...content, title: 'Changed' }, sizes: [OG_SIZE] }, OG_SIZE, await fonts, { dir, render });
    expect(render).toHaveBeenCalledTimes(2);
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toHaveLength(ALL_SIZES.length + 1);
  });
});

describe('drawing ahead in a worker thread', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  const titles = ['Docker for beginners', 'Git branching explained', 'Indexes in SQL'];
  const newDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'og-ahead-'));
    dirs.push(dir);
    return dir;
  };

  it('draws every set into the cache; the route then serves them without drawing', async () => {
    const dir = await newDir();
    const loaded = await fonts;
    const sets = titles.map((title) => ({ content: { ...content, title }, sizes: ALL_SIZES }));
    await (
      await drawAhead(sets, loaded, { dir, workers: 1 })
    ).done;
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toHaveLength(3 * ALL_SIZES.length);
    const render = vi.fn(renderCardPngs);
    const served = await Promise.all(sets.map((set) => cachedCardPng(set, ARTICLE_IMAGE_SIZES['1x1'], loaded, { dir, render })));
    expect(render).not.toHaveBeenCalled();
    const [drawnHere] = await renderCardPngs(sets[1]!.content, [ARTICLE_IMAGE_SIZES['1x1']], loaded);
    expect(served[1]?.equals(drawnHere ?? Buffer.alloc(0))).toBe(true);
  });

  it('draws a set the route asks for before the worker reached it at once, in the route', async () => {
    const dir = await newDir();
    const loaded = await fonts;
    const sets = titles.map((title) => ({ content: { ...content, title: `${title}, part 2` }, sizes: ALL_SIZES }));
    const ahead = await drawAhead(sets, loaded, { dir, workers: 1 });
    const render = vi.fn(renderCardPngs);
    const last = await cachedCardPng(sets[2]!, OG_SIZE, loaded, { dir, render });
    expect(render).toHaveBeenCalledTimes(1);
    expect(render.mock.calls[0]?.[0]).toEqual(sets[2]!.content);
    expect(imageSize(last)).toMatchObject(OG_SIZE);
    await ahead.done;
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toHaveLength(3 * ALL_SIZES.length);
  });

  it('reports a card the worker cannot draw to the route that asks for it', async () => {
    const dir = await newDir();
    const set = { content: { ...content, title: 'Backend '.repeat(60) }, sizes: [OG_SIZE] };
    await (
      await drawAhead([set, { content, sizes: [OG_SIZE] }], await fonts, { dir, workers: 1 })
    ).done;
    await expect(cachedCardPng(set, OG_SIZE, await fonts, { dir })).rejects.toThrow(/shorten the title/);
  });
});
