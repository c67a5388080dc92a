/**
 * Decodes an 8-bit PNG (palette, RGB or RGBA; not interlaced) to RGBA pixels,
 * so tests can check what an encoder wrote without an image library.
 */
import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  /** Palette size, for palette images. */
  paletteSize?: number;
  pixels: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters (all five PNG filter types). */
function unfilter(raw: Buffer, rowBytes: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (rowBytes + 1)];
    for (let x = 0; x < rowBytes; x++) {
      const value = raw[y * (rowBytes + 1) + 1 + x] ?? 0;
      const left = x >= bpp ? (out[y * rowBytes + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * rowBytes + x] ?? 0) : 0;
      const upLeft = x >= bpp && y > 0 ? (out[(y - 1) * rowBytes + x - bpp] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter} in row ${y}`);
      out[y * rowBytes + x] = (value + predictor) & 255;
    }
  }
  return out;
}

export function decodePng(png: Buffer): DecodedPng {
  let at = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  let palette: Buffer | undefined;
  let alpha: Buffer | undefined;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs are decoded here');
      colourType = body[9] ?? -1;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') alpha = body;
    else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const bpp = { 2: 3, 3: 1, 6: 4 }[colourType];
  if (!bpp) throw new Error(`colour type ${colourType} is not decoded here`);
  const rows = unfilter(inflateSync(Buffer.concat(data)), width * bpp, height, bpp);
  const pixels = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    if (colourType === 3) {
      const i = rows[p] ?? 0;
      if (!palette || i * 3 >= palette.length) throw new Error(`pixel ${p} points past the palette`);
      pixels.set([palette[i * 3] ?? 0, palette[i * 3 + 1] ?? 0, palette[i * 3 + 2] ?? 0, alpha?.[i] ?? 255], p * 4);
    } else {
      pixels.set(rows.subarray(p * bpp, p * bpp + 3), p * 4);
      pixels[p * 4 + 3] = bpp === 4 ? (rows[p * 4 + 3] ?? 0) : 255;
    }
  }
  return { width, height, colourType, ...(palette ? { paletteSize: palette.length / 3 } : {}), pixels };
}
