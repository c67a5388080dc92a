/**
 * The link check over a built site: every internal href and src (and srcset,
 * and #fragment) in every HTML page must lead to a file of the build. Used by
 * the build (src/integrations/publishing.ts) and by tests/unit/build/link-check.test.ts.
 */
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

/** Script and style bodies hold code, not markup: drop them, keep their tags' attributes. */
function markupOnly(html: string): string {
  return html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3').replace(/<!--[\s\S]*?-->/g, '');
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Every URL a page refers to in href, src or srcset. */
export function urlsIn(html: string): string[] {
  const urls: string[] = [];
  for (const m of markupOnly(html).matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    for (const a of m[0].matchAll(/\s(href|src|srcset)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) {
      const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      if (a[1]?.toLowerCase() === 'srcset')
        urls.push(
          ...value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0] ?? '')
            .filter(Boolean),
        );
      else urls.push(value);
    }
  }
  return urls;
}

export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markupOnly(html).matchAll(/\s(?:id|name)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  return ids;
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
  const idCache = new Map<string, Set<string>>();
  const idsOf = (page: BuiltHtml): Set<string> => {
    const ids = idCache.get(page.path) ?? idsIn(page.html);
    idCache.set(page.path, ids);
    return ids;
  };
  const broken: BrokenLink[] = [];
  for (const page of site.pages) {
    const pageUrl = new URL(`${base.slice(0, -1)}${page.path}`, site.origin);
    for (const url of new Set(urlsIn(page.html))) {
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
      if (targetPage && fragment && fragment !== 'top' && !idsOf(targetPage).has(fragment)) report(`no element with id "${fragment}" on ${path}`);
    }
  }
  return broken;
}

export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const count = `${broken.length} broken ${broken.length === 1 ? 'link' : 'links'} in the built site`;
  return `${count}:\n${broken.map((b) => `  ${b.page} – "${b.url}": ${b.reason} – fix the link in the source of ${b.page}`).join('\n')}`;
}
