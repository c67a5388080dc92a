import { imageSize } from 'image-size';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng, toIndexed, type RgbaImage } from '../../../src/lib/social/png.ts';

/** An image whose pixel p has colour `colour(p)` (0xRRGGBBAA). */
function image(width: number, height: number, colour: (p: number) => number): RgbaImage {
  const pixels = new Uint8Array(width * height * 4);
  const view = new DataView(pixels.buffer);
  for (let p = 0; p < width * height; p++) view.setUint32(p * 4, colour(p) >>> 0);
  return { width, height, pixels };
}

/**
 * Decodes with pngjs, a maintained decoder, so the encoder is checked by code other than ours.
 * pngjs gives RGBA pixels whatever the colour type; after a sync read its `palette` holds the
 * palette's entries (its types call it a flag).
 */
function decodePng(png: Buffer): { colourType: number; paletteSize: number | undefined; pixels: Buffer } {
  const decoded = PNG.sync.read(png);
  const palette: unknown = decoded.palette;
  return { colourType: decoded.colorType, paletteSize: Array.isArray(palette) ? palette.length : undefined, pixels: decoded.data };
}

const stripes = image(40, 30, (p) => [0x042826ff, 0xffffffff, 0x58d5c2ff][Math.floor(p / 7) % 3] ?? 0);
const manyColours = image(30, 20, (p) => ((p * 977) << 8) | 0xff);

describe('encodePng', () => {
  it('stores an image of few colours with a palette, pixel for pixel', () => {
    const png = encodePng(stripes);
    const decoded = decodePng(png);
    expect(imageSize(png)).toEqual({ type: 'png', width: 40, height: 30 });
    expect(decoded).toMatchObject({ colourType: 3, paletteSize: 3 });
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(stripes.pixels))).toBe(true);
  });

  it('stores an image of more than 256 colours as RGB, losing nothing', () => {
    expect(toIndexed(manyColours)).toBeUndefined();
    const decoded = decodePng(encodePng(manyColours));
    expect(decoded.colourType).toBe(2);
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(manyColours.pixels))).toBe(true);
  });

  it('keeps transparency, in the palette or as RGBA', () => {
    const fewTranslucent = image(10, 10, (p) => (p % 2 ? 0xff000080 : 0x00000000));
    const manyTranslucent = image(30, 20, (p) => ((p * 977) << 8) | 0x40);
    for (const [input, colourType] of [
      [fewTranslucent, 3],
      [manyTranslucent, 6],
    ] as const) {
      const decoded = decodePng(encodePng(input));
      expect(decoded.colourType).toBe(colourType);
      expect(Buffer.from(decoded.pixels).equals(Buffer.from(input.pixels))).toBe(true);
    }
  });

  it('encodes a palette image to the same bytes as the RGBA image it came from', () => {
    const indexed = toIndexed(stripes);
    expect(indexed?.palette).toHaveLength(3);
    expect(indexed && encodePng(indexed).equals(encodePng(stripes))).toBe(true);
  });
});
