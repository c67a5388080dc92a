import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notFoundPagePath, redirectsDialect, redirectsFile, type RedirectsDialect } from '../../../src/lib/build/host-redirects.ts';
import { cloudflare, netlify } from '../../support/hosts.ts';
import { testTempDir } from '../../support/temp-dir.ts';

const redirects = [
  { from: '/blog/old/', to: '/blog/new/' },
  { from: '/courses/databases/', to: '/courses/sql/' },
];
const oldUrls = ['/blog/old/', '/blog/old', '/courses/databases/', '/courses/databases'];
const newUrl = (old: string) => (old.startsWith('/blog/') ? '/blog/new/' : '/courses/sql/');

/** A small dist/: the new pages, the HTML redirect pages at the old URLs (as Astro writes them), the root 404 and `extra` files. */
function dist(dialect: RedirectsDialect, extra: string[] = [], base = '/'): string {
  const dir = testTempDir('host-redirects');
  const files = ['404.html', 'blog/new/index.html', 'blog/old/index.html', 'courses/sql/index.html', 'courses/databases/index.html', ...extra];
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `<!doctype html><title>${file}</title>`);
  }
  const built = (path: string) => files.includes(path.slice(1));
  writeFileSync(join(dir, '_redirects'), redirectsFile(dialect, { redirects, base, built }));
  return dir;
}

const text = (dir: string) => readFileSync(join(dir, '_redirects'), 'utf8');

describe('redirectsDialect', () => {
  it("is Netlify's only where Netlify builds (NETLIFY=true), plain elsewhere, Cloudflare Pages (CF_PAGES=1) included", () => {
    expect(redirectsDialect({ NETLIFY: 'true' })).toBe('netlify');
    expect(redirectsDialect({ CF_PAGES: '1' })).toBe('plain');
    expect(redirectsDialect({})).toBe('plain');
  });
});

describe("Netlify's dialect, read by Netlify's own parser and engine", () => {
  it('is accepted whole, and every old URL, with or without its final slash, answers 301 despite the HTML page at that path', async () => {
    const host = await netlify(dist('netlify'));
    expect(host.errors).toEqual([]);
    for (const old of oldUrls) expect(await host.answer(old), old).toEqual({ status: 301, location: newUrl(old) });
  });

  it('is needed: the plain file leaves each old URL to its HTML redirect page (200), since Netlify does not shadow files with unforced rules', async () => {
    const host = await netlify(dist('plain'));
    expect(host.errors).toEqual([]);
    expect(await host.answer('/blog/old/')).toEqual({ status: 200, file: '/blog/old/index.html' });
  });

  it("sends an unknown path under a language to that language's 404 page, with status 404, only once that page is built", async () => {
    const host = await netlify(dist('netlify', ['gu/404.html', 'gu/index.html']));
    const notFoundRules = host.rules.filter((r) => r.status === 404);
    expect(notFoundRules.map((r) => [r.from, r.to])).toEqual([['/gu/*', notFoundPagePath('gu')]]);
    expect(await host.answer('/gu/no-such-page/')).toEqual({ status: 404, file: '/gu/404.html' });
    expect(await host.answer('/gu/')).toEqual({ status: 200, file: '/gu/index.html' });
    expect(await host.answer('/hi/no-such-page/')).toEqual({ status: 404, file: '/404.html' });

    const without = await netlify(dist('netlify'));
    expect(without.rules.filter((r) => r.status === 404)).toEqual([]);
  });
});

describe("the plain dialect, read by Cloudflare's own parser and rules engine", () => {
  it('is accepted whole, and every old URL, with or without its final slash, answers 301', async () => {
    const host = await cloudflare(text(dist('plain', ['gu/404.html'])));
    expect(host.invalid).toBe('');
    expect(host.valid).toBe(oldUrls.length);
    for (const old of oldUrls) expect(await host.answer(old), old).toEqual({ status: 301, location: newUrl(old) });
    expect(await host.answer('/gu/no-such-page/')).toBeUndefined();
  });

  it("is needed: Cloudflare rejects every line of Netlify's dialect", async () => {
    const host = await cloudflare(text(dist('netlify', ['gu/404.html'])));
    expect(host.valid).toBe(0);
    expect(host.invalid).toMatch(/Found 5 invalid redirect rules/);
  });
});

describe('a site under a base path', () => {
  it('redirects within it on both hosts', async () => {
    const dir = dist('netlify', [], '/site/');
    expect((await netlify(dir)).rules.map((r) => [r.from, r.to])).toContainEqual(['/site/blog/old', '/site/blog/new/']);
    const plain = await cloudflare(redirectsFile('plain', { redirects, base: '/site/', built: () => false }));
    expect(await plain.answer('/site/courses/databases/')).toEqual({ status: 301, location: '/site/courses/sql/' });
  });
});

describe('notFoundPagePath', () => {
  it("is the root 404 for the default language and a 404.html in each other language's folder", () => {
    expect(notFoundPagePath('en')).toBe('/404.html');
    expect(notFoundPagePath('hi')).toBe('/hi/404.html');
  });
});
