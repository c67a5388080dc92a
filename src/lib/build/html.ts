/**
 * The one reader of built HTML (dist/): elements with their attributes, from
 * htmlparser2, never a pattern over the text. Text that mentions HTML
 * ("<img src=x>" in a description) is inside an attribute value or a text
 * node, so it is never taken for an element; script and style bodies are
 * kept exactly as written, for their CSP hashes.
 */
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  /** Lowercase tag name. */
  name: string;
  /** Attribute values, entities decoded; names lowercase. */
  attributes: Readonly<Record<string, string>>;
  /** Where its start tag begins and ends in the HTML (end inclusive). */
  start: number;
  end: number;
  /** A script's or style's text exactly as in the HTML (what a CSP hash covers). */
  content?: string;
}

const RAW_TEXT = new Set(['script', 'style']);

/** Every element of a page, in document order; with `until`, only those before that element's end tag (the <head>, say). */
export function htmlElements(html: string, until?: string): HtmlElement[] {
  const elements: HtmlElement[] = [];
  const open: HtmlElement[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: HtmlElement = { name, attributes, start: parser.startIndex, end: parser.endIndex };
        elements.push(element);
        if (RAW_TEXT.has(name)) open.push(element);
      },
      onclosetag(name) {
        if (name === until) parser.pause();
        const element = open.at(-1);
        if (!element || element.name !== name) return;
        open.pop();
        element.content = html.slice(element.end + 1, parser.startIndex);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return elements;
}

/** The URLs in a srcset: "a.png 1x, b.png 2x" -> ["a.png", "b.png"]. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

export interface PageLinks {
  /** Every URL the page refers to in href, src or srcset. */
  urls: string[];
  /** Fragment targets: every id, and the name of <a name>. */
  ids: Set<string>;
}

export function pageLinks(html: string): PageLinks {
  const urls: string[] = [];
  const ids = new Set<string>();
  for (const { name, attributes } of htmlElements(html)) {
    const { href, src, srcset, id } = attributes;
    if (href !== undefined) urls.push(href);
    if (src !== undefined) urls.push(src);
    if (srcset !== undefined) urls.push(...srcsetUrls(srcset));
    if (id !== undefined) ids.add(id);
    if (name === 'a' && attributes['name'] !== undefined) ids.add(attributes['name']);
  }
  return { urls, ids };
}

/** True for a page whose robots <meta> says noindex. */
export function isNoindexHtml(html: string): boolean {
  return htmlElements(html, 'head').some(
    (e) => e.name === 'meta' && e.attributes['name']?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(e.attributes['content'] ?? ''),
  );
}

/** A page's hreflang alternates, as its <head> lists them: what the sitemap repeats, so the two never differ. */
export function hreflangAlternates(html: string): { hreflang: string; href: string }[] {
  return htmlElements(html, 'head')
    .filter(({ name, attributes }) => name === 'link' && attributes['rel'] === 'alternate' && attributes['hreflang'] && attributes['href'])
    .map(({ attributes }) => ({ hreflang: attributes['hreflang']!, href: attributes['href']! }));
}
