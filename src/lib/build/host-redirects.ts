/**
 * dist/_redirects, written for the host the build runs on. Netlify and
 * Cloudflare Pages both read a file of that name from the published folder,
 * but one file cannot serve both (docs/architecture.md, "Redirects and 404s
 * on each host"):
 * - Netlify skips a rule whose old URL is a file ("shadowing") unless the rule
 *   is forced (`301!`), and every `redirectFrom` has such a file (the HTML
 *   redirect page). It shows a language's own 404 page only through a rule
 *   (`/gu/* /gu/404.html 404`).
 * - Cloudflare Pages follows a rule whether or not a file exists, rejects
 *   `301!` and status 404 as invalid, and finds the nearest 404.html up the
 *   tree by itself.
 * So the same redirects are written in two dialects; the list itself comes
 * from `redirectsOf` (src/lib/urls/redirects.ts), its one owner.
 */
import { languagePathPrefix, translationLanguageCodes, type LanguageCode } from '../i18n/languages.ts';
import type { Redirect } from '../urls/redirects.ts';

/** `netlify`: forced redirects and language 404 rules; `plain`: what Cloudflare Pages (and other hosts reading `_redirects`) accept. */
export type RedirectsDialect = 'netlify' | 'plain';

/** Netlify's builds set NETLIFY=true; any other build (Cloudflare Pages, GitHub Actions, a laptop) writes the plain dialect. */
export function redirectsDialect(env: Readonly<Record<string, string | undefined>>): RedirectsDialect {
  return env.NETLIFY === 'true' ? 'netlify' : 'plain';
}

/** A language's 404 page, without the base path: "/404.html", "/gu/404.html". */
export function notFoundPagePath(language: LanguageCode): string {
  return `${languagePathPrefix(language)}/404.html`;
}

export interface RedirectsFileInput {
  redirects: readonly Redirect[];
  /** The deploy base path ("/" or "/site/"). */
  base: string;
  /** Whether the build made a page at this site path ("/gu/404.html"). */
  built: (path: string) => boolean;
}

/** Both the old URL as published ("/blog/old/") and without its final slash ("/blog/old"), so each is one hop. */
function oldUrls(from: string): string[] {
  return from.endsWith('/') ? [from, from.slice(0, -1)] : [from];
}

export function redirectsFile(dialect: RedirectsDialect, { redirects, base, built }: RedirectsFileInput): string {
  const prefix = base.replace(/\/$/, '');
  const status = dialect === 'netlify' ? '301!' : '301';
  const moved = redirects.flatMap((r) => oldUrls(r.from).map((from) => `${prefix}${from} ${prefix}${r.to} ${status}`));
  // Unforced: a page that exists under /gu/ is still served; only unknown paths get the Gujarati 404.
  const notFound =
    dialect === 'netlify'
      ? translationLanguageCodes
          .filter((code) => built(notFoundPagePath(code)))
          .map((code) => `${prefix}${languagePathPrefix(code)}/* ${prefix}${notFoundPagePath(code)} 404`)
      : [];
  const header = `# Written by the build from redirectFrom in content frontmatter (${dialect === 'netlify' ? "Netlify's dialect: NETLIFY=true" : 'plain dialect, for Cloudflare Pages and others'}). Do not edit.`;
  return `${[header, ...moved, ...notFound].join('\n')}\n`;
}
