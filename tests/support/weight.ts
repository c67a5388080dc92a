/**
 * What a built page makes the browser fetch before any interaction, measured
 * from the files in dist/: the HTML, its stylesheets, its scripts (inline, and
 * external ones with their static imports) and the fonts its CSS declares.
 * Sizes are gzip bytes at zlib's default level, as a static host serves them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './dist.ts';
import { distDir } from './site.ts';

export interface Resource {
  /** A URL path, or "inline script #n" for a script inside the HTML. */
  name: string;
  text: string;
  gzip: number;
}

export interface PageWeight {
  html: number;
  css: Resource[];
  js: Resource[];
  /** Font files declared by @font-face in the page's CSS, or preloaded. */
  fonts: string[];
  /**
   * Stylesheets of the page's web fonts (`<link rel="stylesheet" data-fonts>`,
   * src/components/LanguageFonts.astro): counted with the fonts, not in `css`.
   */
  fontCss: Resource[];
}

/** <script> types the browser does not run as JavaScript. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json', 'speculationrules', 'importmap']);

export function gzipSize(text: string | Buffer): number {
  return gzipSync(text).length;
}

function readAsset(urlPath: string, from: string, root: string): { path: string; text: string } {
  const url = new URL(urlPath, `http://site${from}`);
  const file = join(root, decodeURIComponent(url.pathname));
  if (!existsSync(file)) throw new Error(`${from} loads ${urlPath}, which is not in dist/`);
  return { path: url.pathname, text: readFileSync(file, 'utf8') };
}

/** Paths of `import … from "x"` / `import "x"` (not dynamic `import()`) in a module. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

export function pageWeight(page: BuiltPage, root = distDir): PageWeight {
  const css: Resource[] = [];
  const fontCss: Resource[] = [];
  for (const link of page.doc.querySelectorAll('link[rel="stylesheet"]')) {
    const { path, text } = readAsset(link.getAttribute('href') ?? '', page.path, root);
    (link.hasAttribute('data-fonts') ? fontCss : css).push({ name: path, text, gzip: gzipSize(text) });
  }

  const js: Resource[] = [];
  const seen = new Set<string>();
  const addModule = (src: string, from: string) => {
    const { path, text } = readAsset(src, from, root);
    if (seen.has(path)) return;
    seen.add(path);
    js.push({ name: path, text, gzip: gzipSize(text) });
    for (const dep of staticImports(text)) addModule(dep, path);
  };
  page.doc.querySelectorAll('script').forEach((script, i) => {
    if (DATA_SCRIPT_TYPES.has(script.getAttribute('type') ?? '')) return;
    const src = script.getAttribute('src');
    if (src) addModule(src, page.path);
    else js.push({ name: `inline script #${i + 1}`, text: script.textContent, gzip: gzipSize(script.textContent) });
  });
  for (const link of page.doc.querySelectorAll('link[rel="modulepreload"]')) addModule(link.getAttribute('href') ?? '', page.path);

  const fonts = new Set<string>();
  for (const sheet of [...css, ...fontCss]) {
    for (const face of sheet.text.match(/@font-face\s*{[^}]*}/g) ?? []) {
      for (const m of face.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) fonts.add(new URL(m[1]!, `http://site${sheet.name}`).pathname);
    }
  }
  for (const link of page.doc.querySelectorAll('link[rel="preload"][as="font"]'))
    fonts.add(new URL(link.getAttribute('href') ?? '', `http://site${page.path}`).pathname);

  return { html: gzipSize(page.html), css, js, fonts: [...fonts].sort(), fontCss };
}

export function sum(resources: Resource[]): number {
  return resources.reduce((total, r) => total + r.gzip, 0);
}
