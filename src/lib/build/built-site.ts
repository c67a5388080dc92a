/** Reads a built dist/ for the link check: HTML pages with their site paths, and every other file. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { BuiltHtml } from './link-check.ts';

/** "blog/x/index.html" -> "/blog/x/"; "404.html" -> "/404.html". */
export function builtPath(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export async function readBuiltSite(dir: string): Promise<{ pages: BuiltHtml[]; files: Set<string> }> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const all = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
  const html = all.filter((f) => f.endsWith('.html'));
  const pages = await Promise.all(html.map(async (f) => ({ path: builtPath(f), html: await readFile(join(dir, f), 'utf8') })));
  return { pages, files: new Set(all.map((f) => `/${f.split(sep).join('/')}`)) };
}
