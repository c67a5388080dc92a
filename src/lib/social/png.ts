/**
 * A small PNG encoder for opaque images drawn in few colours (the social
 * cards: flat brand colours and anti-aliased text). Such an image is stored
 * with a palette, one byte a pixel, which makes it a third of the bytes of
 * RGB to compress and several times smaller than resvg's own RGBA PNG. An
 * image of more than 256 colours (or with transparency) is stored as RGB or
 * RGBA, so the encoder is never lossy.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/** Pixels as resvg gives them: RGBA, 4 bytes a pixel, row after row. */
export interface RgbaImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * A palette image, its pixels laid out as PNG stores them: each row is a
 * filter byte (0, none) and one palette position per pixel, so it is
 * compressed as it is. `palette` holds the colours as 0xRRGGBBAA in a signed
 * 32-bit integer (`| 0`), which V8 keeps as a small integer rather than a
 * boxed number. Built once for a card's frame and extended with the colours
 * of the title drawn over it.
 */
export interface IndexedImage {
  width: number;
  height: number;
  scanlines: Uint8Array;
  palette: number[];
}

/** Where pixel (x, y) is in an IndexedImage's scanlines. */
export const scanlineOffset = (width: number, x: number, y: number) => y * (width + 1) + 1 + x;

/** Colour → palette position, shared while a palette is built up. */
export type PaletteIndex = Map<number, number>;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/**
 * Run-length matches only: for a 1200×1200 card, 4 ms and 23 KB against zlib's
 * default (level 6) 45 ms and 20 KB, whose search for long matches is slow on
 * rows that repeat with small differences.
 */
const DEFLATE = { strategy: constants.Z_RLE } as const;

/** The palette position of a colour, added at the end when new; undefined once the palette is full. */
export function paletteIndex(palette: number[], index: PaletteIndex, colour: number): number | undefined {
  const known = index.get(colour);
  if (known !== undefined) return known;
  if (palette.length === 256) return undefined;
  palette.push(colour);
  index.set(colour, palette.length - 1);
  return palette.length - 1;
}

/** The image as a palette image, or undefined if it has more than 256 colours. */
export function toIndexed(image: RgbaImage): IndexedImage | undefined {
  const { width, height, pixels } = image;
  const words = new DataView(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  const scanlines = new Uint8Array((width + 1) * height);
  const palette: number[] = [];
  const index: PaletteIndex = new Map();
  // Runs of one colour are the rule (background, glyph interiors): compare with the pixel before first.
  let previous = 0;
  let previousIndex = -1;
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0, o = scanlineOffset(width, 0, y); x < width; x++, i += 4, o++) {
      const colour = words.getInt32(i);
      if (colour !== previous || previousIndex < 0) {
        const at = paletteIndex(palette, index, colour);
        if (at === undefined) return undefined;
        previous = colour;
        previousIndex = at;
      }
      scanlines[o] = previousIndex;
    }
  }
  return { width, height, scanlines, palette };
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

function header(width: number, height: number, colourType: 2 | 3 | 6): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per sample (RGB/RGBA) or per palette index
  ihdr[9] = colourType;
  // bytes 10-12: deflate, adaptive filtering, no interlace (all 0)
  return ihdr;
}

/** Rows with their filter byte: "none" for every row, the cheapest, and good for flat colours. */
function scanlines(rows: Uint8Array, rowBytes: number, height: number): Buffer {
  const out = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) out.set(rows.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  return out;
}

interface PngParts {
  ihdr: Buffer;
  plte?: Buffer;
  trns?: Buffer;
  raw: Uint8Array;
}

function indexedParts(image: IndexedImage): PngParts {
  const plte = Buffer.alloc(image.palette.length * 3);
  const alpha = Buffer.alloc(image.palette.length);
  image.palette.forEach((colour, i) => {
    plte[i * 3] = colour >>> 24;
    plte[i * 3 + 1] = (colour >>> 16) & 255;
    plte[i * 3 + 2] = (colour >>> 8) & 255;
    alpha[i] = colour & 255;
  });
  const opaque = alpha.every((a) => a === 255);
  return {
    ihdr: header(image.width, image.height, 3),
    plte,
    ...(opaque ? {} : { trns: alpha }),
    raw: image.scanlines,
  };
}

function rgbaParts(image: RgbaImage): PngParts {
  const { width, height, pixels } = image;
  let opaque = true;
  for (let i = 3; i < pixels.length && opaque; i += 4) opaque = pixels[i] === 255;
  if (!opaque) return { ihdr: header(width, height, 6), raw: scanlines(pixels, width * 4, height) };
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, o = 0; i < pixels.length; i += 4, o += 3) {
    rgb[o] = pixels[i] ?? 0;
    rgb[o + 1] = pixels[i + 1] ?? 0;
    rgb[o + 2] = pixels[i + 2] ?? 0;
  }
  return { ihdr: header(width, height, 2), raw: scanlines(rgb, width * 3, height) };
}

function assemble(parts: PngParts, compressed: Buffer): Buffer {
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', parts.ihdr),
    ...(parts.plte ? [chunk('PLTE', parts.plte)] : []),
    ...(parts.trns ? [chunk('tRNS', parts.trns)] : []),
    chunk('IDAT', compressed),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function parts(image: IndexedImage | RgbaImage): PngParts {
  if ('scanlines' in image) return indexedParts(image);
  const indexed = toIndexed(image);
  return indexed ? indexedParts(indexed) : rgbaParts(image);
}

/** PNG bytes of an image: with a palette when it has at most 256 colours, else RGB (or RGBA if any pixel is transparent). */
export function encodePng(image: IndexedImage | RgbaImage): Buffer {
  const p = parts(image);
  return assemble(p, deflateSync(p.raw, DEFLATE));
}
