/** Reading the built site: every HTML page in dist/, parsed. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { editorPath } from '../../src/lib/cms/page.ts';
import { distDir } from './site.ts';

export interface BuiltPage {
  /** Site path: "/blog/x/" for dist/blog/x/index.html, "/404.html" for dist/404.html. */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function sitePath(file: string, root = distDir): string {
  const rel = relative(root, file).split(sep).join('/');
  return rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export async function readPage(path: string, root = distDir): Promise<BuiltPage> {
  const file = path.endsWith('.html') ? join(root, path) : join(root, path, 'index.html');
  const html = await readFile(file, 'utf8');
  return { path, file, html, doc: parse(html) };
}

/**
 * The editor (src/lib/cms) is an app with a page shell of its own, not a page
 * of the site: the site's page gates do not apply to it, only those
 * tests/support/page-types.ts lists for it.
 */
export const EDITOR_PAGE = editorPath;

/** Every HTML page of a build (pagefind's own UI files excluded; the editor only when asked for). */
export async function allPages(root = distDir, { editor = false } = {}): Promise<BuiltPage[]> {
  const files = (await htmlFiles(root)).filter((f) => !f.includes(`${sep}pagefind${sep}`)).sort();
  const paths = files.map((f) => sitePath(f, root)).filter((path) => editor || path !== EDITOR_PAGE);
  return Promise.all(paths.map((path) => readPage(path, root)));
}

export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
