import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ARTICLE_IMAGE_SIZES, cardPath, cardTree, cropWithin, OG_SIZE, titleFontSize, type CardNode } from '../../src/lib/social-card.ts';
import { cachedCardPng, cardCacheKey, loadCardFonts, renderCardPng } from '../../src/lib/social-render.ts';
import { imageSize } from '../support/image-size.ts';

const content = { title: 'What is a REST API?', label: 'Article', siteName: 'VTechLabs', footer: 'www.vtechlabs.example' };
const texts = (node: CardNode | string): string[] => (typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((c) => texts(c)));

describe('cardPath', () => {
  it('names one PNG per page and one per article image ratio', () => {
    expect(cardPath('home')).toBe('/og/home.png');
    expect(cardPath('course', 'sql')).toBe('/og/courses/sql.png');
    expect(cardPath('article', 'rest', '4x3')).toBe('/og/blog/rest.4x3.png');
  });
});

describe('cardTree', () => {
  it('draws the title, label, site name and footer at the requested size', () => {
    const tree = cardTree(content, OG_SIZE);
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
    expect(texts(tree)).toEqual(expect.arrayContaining(['What is a REST API?', 'Article', 'VTechLabs', 'www.vtechlabs.example']));
  });

  it('steps the title size down for long titles', () => {
    const short = titleFontSize('SQL basics', OG_SIZE);
    const long = titleFontSize('x'.repeat(95), OG_SIZE);
    expect(long).toBeLessThan(short);
  });
});

describe('rendering and cache', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('renders PNGs of the exact size, well under 300 KB', async () => {
    const fonts = await loadCardFonts();
    for (const size of [OG_SIZE, ...Object.values(ARTICLE_IMAGE_SIZES)]) {
      const png = await renderCardPng(cardTree({ ...content, title: 'A much longer article title that needs to wrap over several lines' }, size), size, fonts);
      expect(imageSize(png)).toEqual({ format: 'png', ...size });
      expect(png.length).toBeLessThan(300 * 1024);
    }
  });

  it('keys the cache on content, size and fonts', async () => {
    const fonts = await loadCardFonts();
    const tree = cardTree(content, OG_SIZE);
    const key = cardCacheKey(tree, OG_SIZE, fonts);
    expect(cardCacheKey(cardTree(content, OG_SIZE), OG_SIZE, fonts)).toBe(key);
    expect(cardCacheKey(cardTree({ ...content, title: 'Other' }, OG_SIZE), OG_SIZE, fonts)).not.toBe(key);
    expect(cardCacheKey(tree, { width: 1200, height: 675 }, fonts)).not.toBe(key);
    expect(cardCacheKey(tree, OG_SIZE, fonts.slice(0, 1))).not.toBe(key);
  });

  it('renders an unchanged card once and serves it from the cache after', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'og-cache-'));
    dirs.push(dir);
    const fonts = await loadCardFonts();
    const render = vi.fn(renderCardPng);
    const tree = cardTree(content, OG_SIZE);
    const first = await cachedCardPng(tree, OG_SIZE, fonts, { dir, render });
    const second = await cachedCardPng(cardTree(content, OG_SIZE), OG_SIZE, fonts, { dir, render });
    expect(render).toHaveBeenCalledTimes(1);
    expect(second.equals(first)).toBe(true);
    await cachedCardPng(cardTree({ ...content, title: 'Changed' }, OG_SIZE), OG_SIZE, fonts, { dir, render });
    expect(render).toHaveBeenCalledTimes(2);
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });
});

describe('cropWithin', () => {
  it('takes the largest crop of the ratio that fits, never enlarging', () => {
    expect(cropWithin({ width: 1600, height: 900 }, { width: 1200, height: 1200 })).toEqual({ width: 900, height: 900 });
    expect(cropWithin({ width: 2400, height: 1600 }, OG_SIZE)).toEqual(OG_SIZE);
    expect(cropWithin({ width: 1200, height: 630 }, { width: 1200, height: 900 })).toEqual({ width: 840, height: 630 });
  });
});
