/**
 * The link check over a built site: every internal href and src (and srcset,
 * and #fragment) of every element of every HTML page (read by html.ts, so
 * text that only mentions a link is no link) must lead to a file of the
 * build. Used by the build (src/integrations/publishing.ts) and by
 * tests/unit/build/link-check.test.ts.
 */
import { pageLinks, type PageLinks } from './html.ts';

export interface BuiltHtml {
  /** Site path without the base: "/blog/x/" for blog/x/index.html, "/404.html". */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

export interface SiteFiles {
  pages: readonly BuiltHtml[];
  /** Site paths (without base) of every other file: "/favicon.svg", "/_astro/x.css". */
  files: ReadonlySet<string>;
  /** The deploy base path, "/" or "/sub/". */
  base: string;
  /** Production origin: absolute URLs on it are checked too. */
  origin: string;
}

/** Links that lead nowhere in the built site; an empty list means 0 broken. */
export function brokenLinks(site: SiteFiles): BrokenLink[] {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const byPath = new Map(site.pages.map((p) => [p.path, p]));
  // Each page is parsed once: for its links, and for its ids when another page links to a #fragment of it.
  const parsed = new Map<string, PageLinks>();
  const linksOf = (page: BuiltHtml): PageLinks => {
    const links = parsed.get(page.path) ?? pageLinks(page.html);
    parsed.set(page.path, links);
    return links;
  };
  const broken: BrokenLink[] = [];
  for (const page of site.pages) {
    const pageUrl = new URL(`${base.slice(0, -1)}${page.path}`, site.origin);
    for (const url of new Set(linksOf(page).urls)) {
      if (!url || /^(?:mailto|tel|data|javascript|blob):/i.test(url)) continue;
      const target = new URL(url, pageUrl);
      if (target.origin !== pageUrl.origin) continue;
      const report = (reason: string) => broken.push({ page: page.path, url, reason });
      const pathname = decodeURI(target.pathname);
      if (!pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const path = `/${pathname.slice(base.length)}`.replace(/\/index\.html$/, '/');
      const targetPage = byPath.get(path);
      if (!targetPage && !site.files.has(path)) {
        report(byPath.has(`${path}/`) ? 'no trailing slash' : 'no such page or file');
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (targetPage && fragment && fragment !== 'top' && !linksOf(targetPage).ids.has(fragment)) report(`no element with id "${fragment}" on ${path}`);
    }
  }
  return broken;
}

export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const count = `${broken.length} broken ${broken.length === 1 ? 'link' : 'links'} in the built site`;
  return `${count}:\n${broken.map((b) => `  ${b.page} – "${b.url}": ${b.reason} – fix the link in the source of ${b.page}`).join('\n')}`;
}
