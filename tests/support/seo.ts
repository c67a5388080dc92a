/** Reading what crawlers read from a built site: head tags, JSON-LD, the sitemap and files behind URLs. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { site } from '../../src/site.config.ts';
import { distDir } from './site.ts';

export const origin = new URL(site.url).origin;

/** Contents of every <meta property|name=key>. */
export function metaValues(doc: HTMLElement, key: string): string[] {
  return doc
    .querySelectorAll('meta')
    .filter((m) => m.getAttribute('property') === key || m.getAttribute('name') === key)
    .map((m) => m.getAttribute('content') ?? '');
}

export type JsonLdObject = Record<string, unknown> & { '@type': string };

/** Every JSON-LD block of a page, parsed (a block that does not parse throws). */
export function jsonLdBlocks(doc: HTMLElement): JsonLdObject[] {
  return doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as JsonLdObject);
}

/** The dist/ file an absolute URL of the site is served from, or undefined for another origin. */
export function distFileFor(url: string, root = distDir): string | undefined {
  const parsed = new URL(url);
  if (parsed.origin !== origin) return undefined;
  const path = decodeURIComponent(parsed.pathname);
  return join(root, path.endsWith('/') ? `${path}index.html` : path);
}

export function existsInDist(url: string, root = distDir): boolean {
  const file = distFileFor(url, root);
  return file !== undefined && existsSync(file);
}

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) });

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

/** Every <url> of the sitemap index's sitemaps. */
export async function sitemapEntries(root = distDir): Promise<SitemapEntry[]> {
  const index = xml.parse(await readFile(join(root, 'sitemap-index.xml'), 'utf8')) as { sitemapindex: { sitemap: { loc: string }[] } };
  const entries: SitemapEntry[] = [];
  for (const { loc } of index.sitemapindex.sitemap) {
    const file = distFileFor(loc, root);
    if (!file) throw new Error(`sitemap ${loc} is not on ${origin}`);
    const parsed = xml.parse(await readFile(file, 'utf8')) as { urlset: { url: SitemapEntry[] } };
    entries.push(...parsed.urlset.url);
  }
  return entries;
}
