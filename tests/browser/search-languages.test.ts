/**
 * Search per language, on a small fixture site indexed by Pagefind's Node API
 * (the API src/integrations/search-index.ts runs) and searched in Chromium with
 * the options the search UI gives Pagefind (src/lib/search/pagefind-options.ts):
 * one index per `<html lang>`, so a Gujarati page searches Gujarati pages, a
 * Hindi page Hindi pages and an English page English ones; and words that
 * differ only in a vowel sign do not match each other.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindOptions } from '../../src/lib/search/pagefind-options.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/site.ts';

/** Each fixture page: its path, `<html lang>` and text. "database" and "API" are on every page, as Indian developers write them. */
const PAGES = [
  { path: 'blog/sql/', lang: 'en-IN', text: 'A database stores data; an API serves it. Good work takes practice.' },
  { path: 'gu/blog/sql/', lang: 'gu', text: 'ડેટાબેઝ (database) માહિતી સાચવે છે અને API તેને પીરસે છે. દીન વિદ્યાર્થીને પણ શીખવાની તક મળે.' },
  { path: 'hi/blog/sql/', lang: 'hi', text: 'डेटाबेस (database) जानकारी सँभालता है और API उसे देता है। यह काम रोज़ के अभ्यास से आता है।' },
];

const page = ({ lang, text }: (typeof PAGES)[number]) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${text.slice(0, 20)}</title></head><body><main><h1>${text.slice(0, 20)}</h1><p>${text}</p></main></body></html>`;

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'search-languages-'));
  for (const p of PAGES) {
    await mkdir(join(dir, p.path), { recursive: true });
    await writeFile(join(dir, p.path, 'index.html'), page(p));
  }
  await writeFile(join(dir, '404.html'), '<!doctype html><html lang="en-IN"><title>404</title><p>Not found</p></html>');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  server = await serveStatic(dir);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Searches from a page as the search UI does (pagefind.js loaded by that page,
 * with these options), one search per term; returns each search's result URLs.
 */
async function searchFrom(path: string, terms: string[], options: Record<string, unknown> = pagefindOptions('/')): Promise<string[][]> {
  const tab = await browser.newPage();
  try {
    await tab.goto(new URL(path, server.url).href);
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    const script = `(async () => {
      const api = await import('/pagefind/pagefind.js');
      await api.options(${JSON.stringify(options)});
      await api.init();
      const found = [];
      for (const term of ${JSON.stringify(terms)}) {
        const { results } = await api.search(term);
        const data = await Promise.all(results.map((r) => r.data()));
        found.push(data.map((d) => d.url).sort());
      }
      return found;
    })()`;
    return (await tab.evaluate(script)) as string[][];
  } finally {
    await tab.close();
  }
}

describe('one index per language', () => {
  it('writes an index for each <html lang>', async () => {
    const entry = (await (await fetch(new URL('pagefind/pagefind-entry.json', server.url))).json()) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en-in', 'gu', 'hi']);
  });

  it('a Gujarati page finds Gujarati words and only Gujarati pages, "database" included', async () => {
    expect(await searchFrom('/gu/blog/sql/', ['ડેટાબેઝ', 'database'])).toEqual([['/gu/blog/sql/'], ['/gu/blog/sql/']]);
  });

  it('a Hindi page finds Hindi words and only Hindi pages, "API" included', async () => {
    expect(await searchFrom('/hi/blog/sql/', ['डेटाबेस', 'API'])).toEqual([['/hi/blog/sql/'], ['/hi/blog/sql/']]);
  });

  it('an English search returns no Gujarati or Hindi page, even for words on them', async () => {
    expect(await searchFrom('/blog/sql/', ['database', 'ડેટાબેઝ', 'डेटाबेस'])).toEqual([['/blog/sql/'], [], []]);
  });
});

describe('vowel signs', () => {
  it('Hindi कम (less) does not match काम (work)', async () => {
    expect(await searchFrom('/hi/blog/sql/', ['काम', 'कम'])).toEqual([['/hi/blog/sql/'], []]);
  });

  it('Gujarati દિન (day) does not match દીન (poor)', async () => {
    expect(await searchFrom('/gu/blog/sql/', ['દીન', 'દિન'])).toEqual([['/gu/blog/sql/'], []]);
  });

  it('would match them without exactDiacritics: the option is what keeps them apart', async () => {
    const { exactDiacritics: _, ...withoutExact } = pagefindOptions('/');
    expect(await searchFrom('/hi/blog/sql/', ['कम'], withoutExact)).toEqual([['/hi/blog/sql/']]);
    expect(await searchFrom('/gu/blog/sql/', ['દિન'], withoutExact)).toEqual([['/gu/blog/sql/']]);
  });
});
