/**
 * Just enough Markdown/MDX reading for the content checks: headings, links,
 * images and component tags, each with the file line it is on. Code (fenced
 * blocks and inline spans) is blanked out first, so an example link inside
 * code is never mistaken for a real one.
 */
import GithubSlugger from 'github-slugger';
import type { Heading } from '../content/toc.ts';

/** The body with code replaced by spaces; same length and line breaks, so offsets still map to lines. */
export function maskCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let masked = body.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\2[ \t]*$|(?![\s\S]))/gm, blank);
  masked = masked.replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
  // MDX/HTML comments are not rendered.
  masked = masked.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, blank);
  return masked;
}

/** 0-based line of a character offset. */
export function lineIndexAt(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A heading as written in a body (its slug is the renderer's business): where it stands and what it says. */
export type SourceHeading = Omit<Heading, 'slug'> & {
  /** 0-based line in the body. */
  lineIndex: number;
};

/** ATX headings ("## Title") and setext h1s ("Title" over "==="), plus HTML/JSX <h1>–<h6>. */
export function headingsOf(body: string): SourceHeading[] {
  const masked = maskCode(body);
  const lines = masked.split('\n');
  const original = body.split('\n');
  const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
  const found: SourceHeading[] = [];
  lines.forEach((line, i) => {
    // Detect on the masked line (a "#" in a code block is no heading), read the text from the original.
    const atx = ATX.test(line) ? ATX.exec(original[i] ?? '') : null;
    if (atx?.[1] && atx[2] !== undefined) found.push({ depth: atx[1].length, text: atx[2], lineIndex: i });
    const previous = original[i - 1]?.trim();
    if (!atx && previous && lines[i - 1]?.trim() && /^ {0,3}=+[ \t]*$/.test(line)) found.push({ depth: 1, text: previous, lineIndex: i - 1 });
  });
  for (const m of masked.matchAll(/<h([1-6])\b[^>]*>[\s\S]*?<\/h\1>/gi)) {
    const html = body.slice(m.index, m.index + m[0].length);
    found.push({ depth: Number(m[1]), text: html.replace(/^<h[1-6][^>]*>|<\/h[1-6]>$/gi, ''), lineIndex: lineIndexAt(masked, m.index) });
  }
  return found.sort((a, b) => a.lineIndex - b.lineIndex);
}

/** Heading text as a reader sees it: Markdown and tags removed ("**Why** `npm`" -> "Why npm"). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`~]/g, '')
    .trim();
}

/**
 * The ids a rendered body has: heading slugs made the way Astro makes them
 * (github-slugger over the heading's text, numbered on repeats), and ids written
 * on HTML/JSX elements.
 */
export function idsOf(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set(headingsOf(body).map((h) => slugger.slug(plainText(h.text))));
  for (const m of maskCode(body).matchAll(/\sid=["']([^"']+)["']/g)) if (m[1]) ids.add(m[1]);
  return ids;
}

export interface Reference {
  kind: 'link' | 'image';
  url: string;
  /** Alt text of an image; undefined when none is written. */
  alt: string | undefined;
  /** The text of a Markdown link ("[this](/url/)"); undefined for other links and for images. */
  text?: string | undefined;
  lineIndex: number;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** Every link and image in a body: Markdown inline and reference forms, HTML/JSX href and src. */
export function referencesOf(body: string): Reference[] {
  const masked = maskCode(body);
  const found: Reference[] = [];
  const at = (index: number) => lineIndexAt(masked, index);
  for (const m of masked.matchAll(/(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^\s)>]*)>?(?:\s+["'(][^)]*)?\)/g)) {
    const isImage = m[1] === '!';
    const written = (m[2] ?? '').trim();
    found.push({
      kind: isImage ? 'image' : 'link',
      url: m[3] ?? '',
      alt: isImage ? written : undefined,
      text: isImage ? undefined : written,
      lineIndex: at(m.index),
    });
  }
  for (const m of masked.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$/gm)) {
    found.push({ kind: 'link', url: m[1] ?? '', alt: undefined, lineIndex: at(m.index) });
  }
  for (const m of masked.matchAll(/<([A-Za-z][\w.]*)\b[^>]*?>/g)) {
    const tag = m[0];
    const name = m[1] ?? '';
    const link = attribute(tag, 'href');
    if (link !== undefined) found.push({ kind: 'link', url: link, alt: undefined, lineIndex: at(m.index) });
    const src = attribute(tag, 'src');
    if (src !== undefined && (name === 'img' || name === 'Figure')) {
      found.push({ kind: 'image', url: src, alt: attribute(tag, 'alt')?.trim(), lineIndex: at(m.index) });
    }
  }
  return found.sort((a, b) => a.lineIndex - b.lineIndex);
}

/** Every `<Name …>` component tag with its attributes as written (string values only). */
export function componentsOf(body: string, name: string): { attributes: Record<string, string | undefined>; lineIndex: number }[] {
  const masked = maskCode(body);
  return [...masked.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => {
    const attributes: Record<string, string | undefined> = {};
    for (const a of m[0].matchAll(/\s([A-Za-z][\w-]*)=/g)) if (a[1]) attributes[a[1]] = attribute(m[0], a[1]);
    return { attributes, lineIndex: lineIndexAt(masked, m.index) };
  });
}
