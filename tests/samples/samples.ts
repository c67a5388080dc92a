/**
 * The code samples of the site's content: every fenced code block of every
 * Markdown/MDX file under content/, read with Sätteri, the parser Astro itself
 * renders MDX with, so a block is found exactly where the page shows one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { root } from '../support/site.ts';

/** Words an editor may write after the language on a fence line (docs/editing.md, "Code samples"). */
export const FENCE_WORDS = ['partial'] as const;

export interface Sample {
  /** The file, relative to the repository: content/articles/x.mdx. */
  file: string;
  /** The file name without extension (an article's slug). */
  slug: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** 1-based position among the file's code blocks; checks are keyed by `slug#index`. */
  index: number;
  /** The language as written (lowercase), '' when none. */
  lang: string;
  /** The other words on the fence line. */
  meta: string[];
  code: string;
}

export function sampleKey(sample: Pick<Sample, 'slug' | 'index'>): string {
  return `${sample.slug}#${sample.index}`;
}

/** How a sample is named in test titles and messages: its file and line. */
export function sampleName(sample: Sample): string {
  return `${sample.file}:${sample.line} (${sample.lang || 'no language'})`;
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as MdastNode[]) walk(child, visit);
}

/** The fenced code blocks of one Markdown or MDX text, in order. */
export function samplesOf(file: string, text: string): Sample[] {
  const tree = file.endsWith('.mdx') ? mdxToMdast(text) : markdownToMdast(text);
  const slug = (file.split('/').pop() ?? file).replace(/\.mdx?$/, '');
  const found: Sample[] = [];
  walk(tree, (node) => {
    if (node.type !== 'code') return;
    found.push({
      file,
      slug,
      line: node.position?.start.line ?? 0,
      index: found.length + 1,
      lang: (node.lang ?? '').toLowerCase(),
      meta: (node.meta ?? '').split(/\s+/).filter(Boolean),
      code: node.value,
    });
  });
  return found;
}

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every sample under content/. */
export function allSamples(): Sample[] {
  return contentFiles(join(root, 'content'))
    .sort()
    .flatMap((path) => samplesOf(relative(root, path), readFileSync(path, 'utf8')));
}
