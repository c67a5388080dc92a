/**
 * The favicon set and the web app manifest, all drawn from public/favicon.svg
 * at build time so there is one mark to change and no binary in git.
 */
import { Resvg } from '@resvg/resvg-js';
import type { SiteConfig } from '../../site.config.ts';

export interface IconSpec {
  /** Site path of the PNG. */
  path: string;
  size: number;
  /** Square corners and no transparent edge: iOS and Android mask the icon themselves. */
  fullBleed: boolean;
  /** Listed in the web app manifest, with this purpose. */
  manifestPurpose?: 'any' | 'maskable';
}

export const PNG_ICONS: readonly IconSpec[] = [
  { path: '/apple-touch-icon.png', size: 180, fullBleed: true },
  { path: '/icon-192.png', size: 192, fullBleed: false, manifestPurpose: 'any' },
  { path: '/icon-512.png', size: 512, fullBleed: false, manifestPurpose: 'any' },
  // The mark sits well inside the 80% safe zone Android keeps when it masks an icon.
  { path: '/icon-maskable-512.png', size: 512, fullBleed: true, manifestPurpose: 'maskable' },
];

/** The square logo structured data points to (Google asks for at least 112×112). */
export const LOGO_PATH = '/icon-512.png';

/** The favicon with its rounded corners removed (`rx` dropped from the background rect). */
export function fullBleedSvg(svg: string): string {
  return svg.replace(/(<rect\b[^>]*?)\s+rx="[^"]*"/, '$1');
}

export function renderIconPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * A .ico holding one PNG (allowed since Windows Vista, read by every current
 * browser): for clients that ask for /favicon.ico without reading the page.
 */
export function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6); // width (0 means 256)
  header.writeUInt8(size >= 256 ? 0 : size, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(header.length, 18); // image offset
  return Buffer.concat([header, png]);
}

export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  start_url: string;
  scope: string;
  display: 'browser' | 'minimal-ui' | 'standalone';
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

/** The web app manifest; `href` turns site paths into deploy paths (base path aware). */
export function webManifest(config: Pick<SiteConfig, 'name' | 'description' | 'locale'>, href: (path: string) => string): WebManifest {
  return {
    name: config.name,
    short_name: config.name,
    description: config.description,
    lang: config.locale,
    start_url: href('/'),
    scope: href('/'),
    display: 'minimal-ui',
    background_color: '#ffffff',
    theme_color: '#0f645c',
    icons: PNG_ICONS.filter((i) => i.manifestPurpose).map((i) => ({
      src: href(i.path),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.manifestPurpose ?? 'any',
    })),
  };
}
