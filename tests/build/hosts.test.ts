/**
 * The `_redirects` each host gets, from real builds of a copy of the site
 * whose article and course carry `redirectFrom` and which has a Gujarati 404
 * page: one build as Cloudflare Pages (or any host) builds it, then one as
 * Netlify does (NETLIFY=true). Each file is read by its host's own parser and
 * rules engine (tests/support/hosts.ts). What the redirects must be is read
 * from the built HTML redirect pages, not from the code that writes the files.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translationLanguageCodes } from '../../src/lib/i18n/languages.ts';
import { allPages } from '../support/dist.ts';
import { cloudflare, netlify, type CloudflareRedirects, type NetlifyRedirects } from '../support/hosts.ts';
import { copySite, removeCopy, runBuild, type BuildResult } from '../support/site.ts';

/** Adds `redirectFrom` to a content file's frontmatter (its second line onwards stays as it is). */
async function addRedirectFrom(file: string, sources: string[]): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^---\n/, `---\nredirectFrom: [${sources.join(', ')}]\n`));
}

/** Stands in for the Gujarati 404 page of issue 18 until that lands: only its place in dist/ matters here. */
const GUJARATI_404 = '<!doctype html><html lang="gu"><head><meta charset="utf-8"><title>404</title></head><body><a href="/">VTechLabs</a></body></html>\n';

describe('the _redirects file of each host, from a site whose article and course were renamed', () => {
  let dir: string;
  let plainBuild: BuildResult;
  let netlifyBuild: BuildResult;
  let plainText = '';
  /** Old URL -> the page its HTML redirect page sends readers to (meta refresh). */
  const moved = new Map<string, string>();
  let cf: CloudflareRedirects;
  let nf: NetlifyRedirects;
  const dist = () => join(dir, 'dist');

  beforeAll(async () => {
    dir = await copySite();
    await addRedirectFrom(join(dir, 'content/articles/what-is-a-rest-api.mdx'), ['rest-api-fixture-old-name', '/blog/tags/fixture-old-tag/']);
    await addRedirectFrom(join(dir, 'content/courses/backend-development.mdx'), ['backend-fixture-old-name']);
    await mkdir(join(dir, 'public/gu'), { recursive: true });
    await writeFile(join(dir, 'public/gu/404.html'), GUJARATI_404);

    plainBuild = await runBuild(dir, { NETLIFY: '', CF_PAGES: '1' });
    if (plainBuild.code !== 0) return;
    plainText = await readFile(join(dist(), '_redirects'), 'utf8');
    for (const page of await allPages(dist())) {
      const refresh = page.doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      const target = refresh?.match(/url=(.+)$/)?.[1];
      if (target) moved.set(page.path, target);
    }
    cf = await cloudflare(plainText);

    netlifyBuild = await runBuild(dir, { NETLIFY: 'true' });
    if (netlifyBuild.code === 0) nf = await netlify(dist());
  });
  afterAll(() => removeCopy(dir));

  it('builds for both hosts', () => {
    expect(plainBuild.code, plainBuild.output).toBe(0);
    expect(netlifyBuild.code, netlifyBuild.output).toBe(0);
    expect(netlifyBuild.output).toContain('_redirects for Netlify');
  });

  it("has an HTML redirect page at every old URL of the fixture's article and course", () => {
    expect(Object.fromEntries(moved)).toEqual({
      '/blog/rest-api-fixture-old-name/': '/blog/what-is-a-rest-api/',
      '/blog/tags/fixture-old-tag/': '/blog/what-is-a-rest-api/',
      '/courses/backend-fixture-old-name/': '/courses/backend-development/',
    });
  });

  it('Cloudflare Pages: accepts every line, and every old URL, with or without its final slash, answers 301 to its page', async () => {
    expect(cf.invalid).toBe('');
    expect(cf.valid).toBe(moved.size * 2);
    for (const [old, to] of moved) {
      for (const path of [old, old.slice(0, -1)]) expect(await cf.answer(path), path).toEqual({ status: 301, location: to });
    }
  });

  it('Netlify: accepts every line, and every old URL, with or without its final slash, answers 301 despite the HTML page there', async () => {
    expect(nf.errors).toEqual([]);
    for (const [old, to] of moved) {
      expect(existsSync(join(dist(), old, 'index.html')), old).toBe(true);
      for (const path of [old, old.slice(0, -1)]) expect(await nf.answer(path), path).toEqual({ status: 301, location: to });
    }
  });

  it("Netlify: each language's 404 rule points to that language's built 404 page, and a language without one has no rule", async () => {
    const notFound = nf.rules.filter((r) => r.status === 404);
    for (const rule of notFound) expect(existsSync(join(dist(), rule.to)), rule.to).toBe(true);
    for (const code of translationLanguageCodes) {
      const page = `/${code}/404.html`;
      expect(
        notFound.some((r) => r.from === `/${code}/*` && r.to === page),
        code,
      ).toBe(existsSync(join(dist(), page)));
    }
    expect(await nf.answer('/gu/blog/no-such-article/')).toEqual({ status: 404, file: '/gu/404.html' });
  });

  it("Cloudflare Pages: no 404 rule (it rejects them); the Gujarati 404 page is where it looks first, the language's folder", () => {
    expect(plainText).not.toMatch(/ 404$/m);
    expect(existsSync(join(dist(), 'gu/404.html'))).toBe(true);
  });
});
