/** public/_headers, as deployed in dist/: caching rules and a CSP the built pages satisfy. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, readPage, type BuiltPage } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

/** path pattern -> header lines ("Name: value"), in the _headers format. */
function parseHeaders(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = []));
    else current?.push(line.trim());
  }
  return rules;
}

const header = (lines: readonly string[] | undefined, name: string) =>
  lines
    ?.find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim();

let rules: Map<string, string[]>;
let pages: BuiltPage[];
beforeAll(async () => {
  rules = parseHeaders(await readFile(join(distDir, '_headers'), 'utf8'));
  pages = await allPages();
});

describe('_headers', () => {
  it('caches hashed assets for a year, and leaves HTML to the host default (revalidate)', () => {
    expect(header(rules.get('/_astro/*'), 'Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(header(rules.get('/*'), 'Cache-Control')).toBeUndefined();
  });

  it('sets each header in one rule only, since hosts merge overlapping rules differently', () => {
    const names = (lines: readonly string[]) => lines.map((l) => l.split(':')[0]!.trim().toLowerCase());
    const everywhere = new Set(names(rules.get('/*') ?? []));
    for (const [path, lines] of rules) {
      if (path === '/*') continue;
      for (const line of lines) expect(line, `${path}: "${line}" is not "Name: value"`).toMatch(/^[A-Za-z-]+: \S/);
      expect(
        names(lines).filter((n) => everywhere.has(n)),
        `${path} repeats headers of /*`,
      ).toEqual([]);
    }
  });

  it('sends the security headers on every path', () => {
    const all = rules.get('/*');
    expect(header(all, 'X-Content-Type-Options')).toBe('nosniff');
    expect(header(all, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header(all, 'Permissions-Policy')).toContain('camera=()');
  });

  it("gives every path one Content-Security-Policy: the site's, except the editor's own on /admin/", async () => {
    // Netlify applies every rule whose pattern matches (a trailing * matches the rest of the path), so count them all.
    const matching = (path: string) =>
      [...rules].filter(([pattern]) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path));
    const policies = (path: string) => matching(path).flatMap(([, lines]) => header(lines, 'Content-Security-Policy') ?? []);
    const site = policies('/');
    expect(site).toHaveLength(1);
    expect(site[0]).toContain("frame-ancestors 'none'");
    const entries = (await readdir(distDir, { withFileTypes: true })).filter((e) => !e.name.startsWith('_') && e.name !== 'admin');
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) expect(policies(e.isDirectory() ? `/${e.name}/` : `/${e.name}`), e.name).toEqual(site);
    const editor = policies('/admin/');
    expect(editor).toHaveLength(1);
    const meta = (await readPage('/admin/')).doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(editor[0]).toBe(`${meta}; frame-ancestors 'none'`);
    expect(policies('/admin/sveltia-cms.js')).toEqual(editor);
  });

  it('has a CSP that allows what the built pages load, and nothing from other origins', () => {
    const csp = header(rules.get('/'), 'Content-Security-Policy') ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([n]) => n === name)
        ?.slice(1) ?? [];
    // The theme script is inline on every page (its hash is in the page's own meta CSP).
    expect(pages.every((p) => p.doc.querySelectorAll('script:not([src])').length > 0)).toBe(true);
    expect(directive('script-src')).toContain("'unsafe-inline'");
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('script[src], link[rel="stylesheet"], img[src]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(url.startsWith('/') || url.startsWith('data:'), `${page.path}: ${url} is not same-origin`).toBe(true);
      }
    }
  });
});
