import { describe, expect, it } from 'vitest';
import { toIndexed, type IndexedImage, type RgbaImage } from '../../src/lib/png.ts';
import { layerOverIndexed, layerOverRgba, toRgba } from '../../src/lib/raster.ts';

const BLACK = 0x000000ff;
const WHITE = 0xffffffff;

/** A 4×2 base: left half black, right half white. */
const base: IndexedImage = { width: 4, height: 2, indices: Uint8Array.from([0, 0, 1, 1, 0, 0, 1, 1]), palette: [BLACK, WHITE] };

/** A 2×1 layer of premultiplied pixels. */
const layer = (...pixels: number[][]): RgbaImage => ({ width: pixels.length, height: 1, pixels: Uint8Array.from(pixels.flat()) });
const colours = (image: IndexedImage) => Array.from(image.indices, (i) => image.palette[i]);

describe('layerOverIndexed', () => {
  it('covers with opaque pixels, keeps the base under transparent ones', () => {
    const out = layerOverIndexed(base, layer([255, 0, 0, 255], [0, 0, 0, 0]), { x: 1, y: 1 });
    expect(out && colours(out)).toEqual([BLACK, BLACK, WHITE, WHITE, BLACK, 0xff0000ff, WHITE, WHITE]);
  });

  it('blends half-covered pixels with what is under them (premultiplied alpha)', () => {
    // Half-transparent white is (128, 128, 128, 128) premultiplied: over black it stays 128, over white it is white.
    const out = layerOverIndexed(base, layer([128, 128, 128, 128], [128, 128, 128, 128]), { x: 1, y: 0 });
    expect(out && colours(out).slice(0, 4)).toEqual([BLACK, 0x808080ff, WHITE, WHITE]);
  });

  it('leaves the base as it was, so one base serves many layers', () => {
    const before = colours(base);
    layerOverIndexed(base, layer([255, 0, 0, 255]), { x: 0, y: 0 });
    expect(colours(base)).toEqual(before);
    expect(base.palette).toEqual([BLACK, WHITE]);
  });

  it('gives up past 256 colours; layerOverRgba then draws the same picture', () => {
    const wide: RgbaImage = { width: 300, height: 1, pixels: Uint8Array.from(Array.from({ length: 300 }, (_, p) => [p & 255, p >> 8, 0, 255]).flat()) };
    const plain = toIndexed({ width: 300, height: 1, pixels: new Uint8Array(1200).fill(255) });
    expect(plain).toBeDefined();
    if (!plain) return;
    expect(layerOverIndexed(plain, wide, { x: 0, y: 0 })).toBeUndefined();
    const small = layer([255, 0, 0, 255], [64, 0, 0, 128]);
    const indexed = layerOverIndexed(base, small, { x: 2, y: 1 });
    expect(indexed && Buffer.from(toRgba(indexed).pixels)).toEqual(Buffer.from(layerOverRgba(toRgba(base), small, { x: 2, y: 1 }).pixels));
  });

  it('refuses a layer that does not fit', () => {
    expect(() => layerOverIndexed(base, layer([0, 0, 0, 255], [0, 0, 0, 255]), { x: 3, y: 0 })).toThrow(/does not fit/);
    expect(() => layerOverRgba(toRgba(base), layer([0, 0, 0, 255]), { x: 0, y: -1 })).toThrow(/does not fit/);
  });
});
