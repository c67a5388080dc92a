import { describe, expect, it } from 'vitest';
import { toIndexed, type IndexedImage, type RgbaImage } from '../../../src/lib/social/png.ts';
import { layerOverRgba, paintLayer, toRgba } from '../../../src/lib/social/raster.ts';

const BLACK = [0, 0, 0, 255];
const WHITE = [255, 255, 255, 255];
const RED = [255, 0, 0, 255];

const rgba = (width: number, ...pixels: number[][]): RgbaImage => ({ width, height: pixels.length / width, pixels: Uint8Array.from(pixels.flat()) });
const pixelsOf = (image: IndexedImage | undefined) => {
  const { pixels } = toRgba(image ?? { width: 0, height: 0, scanlines: new Uint8Array(0), palette: [] });
  return Array.from({ length: pixels.length / 4 }, (_, p) => Array.from(pixels.subarray(p * 4, p * 4 + 4)));
};

/** A 4×2 base: left half black, right half white. */
const base = toIndexed(rgba(4, BLACK, BLACK, WHITE, WHITE, BLACK, BLACK, WHITE, WHITE)) as IndexedImage;
/** The base with the layer painted over it, on a copy; undefined past 256 colours. */
function layerOverIndexed(image: IndexedImage, layer: RgbaImage, at: { x: number; y: number }): IndexedImage | undefined {
  const copy = { ...image, scanlines: image.scanlines.slice(), palette: image.palette.slice() };
  return paintLayer(copy, layer, at) ? copy : undefined;
}

/** A layer of premultiplied pixels, one row. */
const layer = (...pixels: number[][]): RgbaImage => rgba(pixels.length, ...pixels);

describe('paintLayer', () => {
  it('covers with opaque pixels, keeps the base under transparent ones', () => {
    const out = layerOverIndexed(base, layer(RED, [0, 0, 0, 0]), { x: 1, y: 1 });
    expect(pixelsOf(out)).toEqual([BLACK, BLACK, WHITE, WHITE, BLACK, RED, WHITE, WHITE]);
  });

  it('blends half-covered pixels with what is under them (premultiplied alpha)', () => {
    // Half-transparent white is (128, 128, 128, 128) premultiplied: over black it stays 128, over white it is white.
    const out = layerOverIndexed(base, layer([128, 128, 128, 128], [128, 128, 128, 128]), { x: 1, y: 0 });
    expect(pixelsOf(out).slice(0, 4)).toEqual([BLACK, [128, 128, 128, 255], WHITE, WHITE]);
  });

  it('paints in place, adding the colours it needs to the palette', () => {
    const image = { ...base, scanlines: base.scanlines.slice(), palette: base.palette.slice() };
    expect(paintLayer(image, layer(RED), { x: 0, y: 0 })).toBe(true);
    expect(pixelsOf(image)[0]).toEqual(RED);
    expect(image.palette).toHaveLength(3);
  });

  it('gives up past 256 colours; layerOverRgba then draws the same picture', () => {
    const wide = rgba(300, ...Array.from({ length: 300 }, (_, p) => [p & 255, p >> 8, 0, 255]));
    const plain = toIndexed(rgba(300, ...Array.from({ length: 300 }, () => WHITE)));
    expect(plain && layerOverIndexed(plain, wide, { x: 0, y: 0 })).toBeUndefined();
    const small = layer(RED, [64, 0, 0, 128]);
    const indexed = layerOverIndexed(base, small, { x: 2, y: 1 });
    expect(indexed && Buffer.from(toRgba(indexed).pixels)).toEqual(Buffer.from(layerOverRgba(toRgba(base), small, { x: 2, y: 1 }).pixels));
  });

  it('refuses a layer that does not fit', () => {
    expect(() => layerOverIndexed(base, layer(BLACK, BLACK), { x: 3, y: 0 })).toThrow(/does not fit/);
    expect(() => layerOverRgba(toRgba(base), layer(BLACK), { x: 0, y: -1 })).toThrow(/does not fit/);
  });
});
