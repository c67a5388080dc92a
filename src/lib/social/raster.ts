/**
 * Pixel compositing for the social cards: a layer drawn on a transparent
 * background (resvg's output: RGBA, premultiplied alpha) placed over an
 * opaque base image, painted into a palette image where its colours allow.
 * Colours are 0xRRGGBBAA in signed 32-bit integers, as in src/lib/social/png.ts.
 */
import { paletteIndex, scanlineOffset, type IndexedImage, type RgbaImage } from './png.ts';

export interface Point {
  x: number;
  y: number;
}

/** A premultiplied RGBA pixel over an opaque colour: the result, opaque. */
function over(r: number, g: number, b: number, a: number, base: number): number {
  const keep = (255 - a) / 255;
  const red = r + Math.round((base >>> 24) * keep);
  const green = g + Math.round(((base >>> 16) & 255) * keep);
  const blue = b + Math.round(((base >>> 8) & 255) * keep);
  return (red << 24) | (green << 16) | (blue << 8) | 255;
}

/** The pixels as 32-bit words, one per pixel (in the machine's byte order: only compared, never taken apart). */
function wordsOf(pixels: Uint8Array): Int32Array {
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : pixels.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

function checkInside(base: { width: number; height: number }, layer: RgbaImage, at: Point): void {
  if (at.x < 0 || at.y < 0 || at.x + layer.width > base.width || at.y + layer.height > base.height) {
    throw new Error(`a ${layer.width}×${layer.height} layer at (${at.x}, ${at.y}) does not fit in a ${base.width}×${base.height} image`);
  }
}

/**
 * The layer's painted pixels as runs (row, first column, column after the
 * last), worked out once per layer: a card's title covers a fifth of its box,
 * and the same layer is painted into every size of an article's card.
 */
const runsOfLayer = new WeakMap<RgbaImage, Int32Array>();
function opaqueRuns(layer: RgbaImage, words: Int32Array): Int32Array {
  const known = runsOfLayer.get(layer);
  if (known) return known;
  const runs: number[] = [];
  for (let y = 0; y < layer.height; y++) {
    const row = y * layer.width;
    for (let x = 0; x < layer.width;) {
      while (x < layer.width && words[row + x] === 0) x++;
      const start = x;
      while (x < layer.width && words[row + x] !== 0) x++;
      if (x > start) runs.push(y, start, x);
    }
  }
  const packed = Int32Array.from(runs);
  runsOfLayer.set(layer, packed);
  return packed;
}

/**
 * Paints the layer over a palette image in place, adding colours to its
 * palette; false if that would take more than 256 colours (the image is then
 * partly painted).
 */
export function paintLayer(image: IndexedImage, layer: RgbaImage, at: Point): boolean {
  checkInside(image, layer, at);
  const { scanlines, palette } = image;
  const index = new Map(palette.map((colour, i) => [colour, i]));
  const px = layer.pixels;
  const words = wordsOf(px);
  const runs = opaqueRuns(layer, words);
  // Glyph interiors are runs of one colour over one background: reuse the last result.
  let lastSource = 0;
  let lastBase = -1;
  let lastResult = 0;
  for (let r = 0; r < runs.length; r += 3) {
    const y = runs[r] ?? 0;
    const end = runs[r + 2] ?? 0;
    for (let x = runs[r + 1] ?? 0, w = y * layer.width + x, p = scanlineOffset(image.width, at.x + x, at.y + y); x < end; x++, w++, p++) {
      const source = words[w] ?? 0;
      const under = scanlines[p] ?? 0;
      if (source !== lastSource || under !== lastBase) {
        const i = w * 4;
        const found = paletteIndex(palette, index, over(px[i] ?? 0, px[i + 1] ?? 0, px[i + 2] ?? 0, px[i + 3] ?? 0, palette[under] ?? 0));
        if (found === undefined) return false;
        lastSource = source;
        lastBase = under;
        lastResult = found;
      }
      scanlines[p] = lastResult;
    }
  }
  return true;
}

/** The layer over an opaque RGBA image, as a new image. */
export function layerOverRgba(base: RgbaImage, layer: RgbaImage, at: Point): RgbaImage {
  checkInside(base, layer, at);
  const out = base.pixels.slice();
  const view = new DataView(out.buffer);
  const px = layer.pixels;
  for (let y = 0; y < layer.height; y++) {
    for (let x = 0, i = y * layer.width * 4, o = ((at.y + y) * base.width + at.x) * 4; x < layer.width; x++, i += 4, o += 4) {
      const a = px[i + 3] ?? 0;
      if (a !== 0) view.setInt32(o, over(px[i] ?? 0, px[i + 1] ?? 0, px[i + 2] ?? 0, a, view.getInt32(o)));
    }
  }
  return { width: base.width, height: base.height, pixels: out };
}

/** A palette image back to RGBA pixels. */
export function toRgba(image: IndexedImage): RgbaImage {
  const pixels = new Uint8Array(image.width * image.height * 4);
  const view = new DataView(pixels.buffer);
  for (let y = 0, o = 0; y < image.height; y++) {
    for (let x = 0, p = scanlineOffset(image.width, 0, y); x < image.width; x++, p++, o += 4) {
      view.setInt32(o, image.palette[image.scanlines[p] ?? 0] ?? 0);
    }
  }
  return { width: image.width, height: image.height, pixels };
}
