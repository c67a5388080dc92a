/**
 * Internal links in bodies and frontmatter must lead to a page of this build,
 * and a #fragment to a heading (or id) that page has. A typo in a link then
 * stops the build instead of sending readers to the 404 page.
 */
import { isPageEntry, type ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';
import { closest } from './edit-distance.ts';
import { idsOf, referencesOf } from './markdown-scan.ts';
import { articlePath, coursePath, entryPath, isKnownPage, type KnownPages } from '../urls/paths.ts';
import type { CheckContext } from './context.ts';

/** Ids every page has from its shell (src/layouts/BaseLayout.astro), not from its body. */
export const SHELL_IDS = ['main'];

/** Frontmatter fields holding file paths or old URLs, not links. */
const NOT_LINKS = new Set(['redirectFrom', 'cover', 'avatar']);

export interface InternalTarget {
  path: string;
  fragment: string;
}

/** The site path and fragment an internal link leads to; undefined for other sites, mail and phone links. */
export function internalTarget(url: string, fromPath: string, siteUrl: string): InternalTarget | undefined {
  const origin = new URL(siteUrl).origin;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) && !url.startsWith(`${origin}/`) && url !== origin) return undefined;
  const resolved = new URL(url, `${origin}${fromPath}`);
  return { path: decodeURI(resolved.pathname), fragment: decodeURIComponent(resolved.hash.slice(1)) };
}

interface LinkSource {
  file: ContentFile;
  url: string;
  line: number;
}

function bodyLinks(file: ContentFile): LinkSource[] {
  return referencesOf(file.body)
    .filter((r) => r.kind === 'link')
    .map((r) => ({ file, url: r.url, line: file.bodyStartLine + r.lineIndex }));
}

function frontmatterLinks(file: ContentFile, siteUrl: string): LinkSource[] {
  const links: LinkSource[] = [];
  const visit = (value: unknown, line: number) => {
    if (typeof value === 'string') {
      if (/^\/[^\s/]/.test(value) || value.startsWith(`${new URL(siteUrl).origin}/`)) links.push({ file, url: value, line });
      for (const r of referencesOf(value)) if (r.kind === 'link') links.push({ file, url: r.url, line });
    } else if (Array.isArray(value)) value.forEach((v: unknown) => visit(v, line));
    else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach((v: unknown) => visit(v, line));
  };
  for (const [key, value] of Object.entries(file.data)) {
    if (NOT_LINKS.has(key)) continue;
    if (Array.isArray(value)) value.forEach((v: unknown, i) => visit(v, file.lineOf(key, i)));
    else visit(value, file.lineOf(key));
  }
  return links;
}

function fragmentProblem(link: LinkSource, target: InternalTarget, ids: ReadonlySet<string>): Problem | undefined {
  if (!target.fragment || ids.has(target.fragment) || SHELL_IDS.includes(target.fragment)) return undefined;
  // "#status-code" is a typo of "#status-codes" or the start of "#status-codes-how-the-server-answers".
  const suggestion = closest(target.fragment, [...ids]) ?? [...ids].find((id) => id.startsWith(target.fragment));
  return {
    path: link.file.path,
    line: link.line,
    message: `link "${link.url}": ${target.path} has no heading with the id "#${target.fragment}"`,
    fix: suggestion ? `did you mean "#${suggestion}"?` : `link to one of its headings: ${[...ids].map((id) => `#${id}`).join(', ') || 'it has none'}`,
  };
}

function pathProblem(link: LinkSource, target: InternalTarget, ctx: CheckContext, pages: KnownPages): Problem | undefined {
  const { path } = target;
  const problem = (message: string, fix: string): Problem => ({ path: link.file.path, line: link.line, message: `link "${link.url}": ${message}`, fix });
  if (/\.mdx?$/.test(path)) {
    const id = path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
    return problem(
      'links to a source file, which is not a page of the site',
      `link to the page's URL instead, e.g. "${entryPath(link.file.collection === 'courses' ? 'courses' : 'articles', id)}"`,
    );
  }
  if (isKnownPage(pages, path) || ctx.existingFiles.has(`public${path}`)) return undefined;
  if (!path.endsWith('/') && isKnownPage(pages, `${path}/`)) return problem('the URL lacks its trailing slash', `write "${path}/"`);
  const suggestion = closest(path, [...pages.paths]);
  return problem(
    `no page has the URL ${path}`,
    suggestion
      ? `did you mean "${suggestion}"?`
      : `check the address: pages are ${articlePath('<file name>')} and ${coursePath('<file name>')} (drafts are not published)`,
  );
}

/**
 * Links in published entries must lead to published pages; links in drafts
 * are checked too (a typo is caught while writing) but may lead to other drafts.
 */
export function checkLinks(ctx: CheckContext): Problem[] {
  const byPath = new Map<string, ContentFile>();
  for (const file of ctx.files) if (file.collection !== 'batches') byPath.set(entryPath(file.collection, file.id), file);
  const idCache = new Map<ContentFile, Set<string>>();
  const ids = (file: ContentFile): Set<string> => {
    const cached = idCache.get(file) ?? idsOf(file.body);
    idCache.set(file, cached);
    return cached;
  };

  const problems: Problem[] = [];
  for (const file of ctx.files.filter(isPageEntry)) {
    const fromPath = entryPath(file.collection, file.id);
    const pages = ctx.published.has(file) ? ctx.pages : ctx.previewPages;
    for (const link of [...bodyLinks(file), ...frontmatterLinks(file, ctx.siteUrl)]) {
      const target = internalTarget(link.url, fromPath, ctx.siteUrl);
      if (!target) continue;
      const missing = pathProblem(link, target, ctx, pages);
      if (missing) {
        problems.push(missing);
        continue;
      }
      const targetFile = byPath.get(target.path);
      const fragment = targetFile && fragmentProblem(link, target, ids(targetFile));
      if (fragment) problems.push(fragment);
    }
  }
  return problems;
}
