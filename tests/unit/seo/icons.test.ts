import { readFile } from 'node:fs/promises';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { fullBleedSvg, icoFromPng, PNG_ICONS, renderIconPng, webManifest } from '../../../src/lib/seo/icons.ts';
import { site } from '../../../src/site.config.ts';

const favicon = await readFile(new URL('../../../public/favicon.svg', import.meta.url), 'utf8');

describe('icons', () => {
  it('renders each icon from the favicon at its size', () => {
    for (const icon of PNG_ICONS) {
      expect(imageSize(renderIconPng(icon.fullBleed ? fullBleedSvg(favicon) : favicon, icon.size))).toMatchObject({ width: icon.size, height: icon.size });
    }
  });

  it('squares the corners for platforms that mask icons themselves', () => {
    expect(favicon).toMatch(/<rect[^>]*rx=/);
    expect(fullBleedSvg(favicon)).not.toMatch(/rx=/);
    expect(fullBleedSvg(favicon)).toMatch(/<rect[^>]*fill="#0f645c"/);
  });

  it('wraps a PNG in a valid one-image .ico', () => {
    const png = renderIconPng(favicon, 32);
    const ico = icoFromPng(png, 32);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(ico.readUInt32LE(18)).equals(png)).toBe(true);
  });

  it('lists the manifest icons under the deploy base path', () => {
    const manifest = webManifest(site, (p) => `/base${p}`);
    expect(manifest.start_url).toBe('/base/');
    expect(manifest.icons.map((i) => [i.src, i.sizes, i.purpose])).toEqual([
      ['/base/icon-192.png', '192x192', 'any'],
      ['/base/icon-512.png', '512x512', 'any'],
      ['/base/icon-maskable-512.png', '512x512', 'maskable'],
    ]);
  });
});
