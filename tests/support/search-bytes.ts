/**
 * What a reader's search costs on the wire: on a page of the site, "/" opens
 * the search dialog and a word is typed; every response from then until the
 * results are shown and the network is idle counts, as the gzip size of its
 * body (the search UI chunk, Pagefind's code, metadata, index chunks and the
 * fragments of the results shown). Sizes, not timings: the same build gives
 * the same number. Used by the weight test and by `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { enterQuery, waitForSummary } from './search-page.ts';

export interface SearchFetch {
  /** Sum of the gzip sizes of every response. */
  bytes: number;
  requests: number;
  /** Gzip bytes per path, in the order of the requests. */
  files: Record<string, number>;
  /** The result summary the dialog announced, e.g. "108 results for “backend”". */
  summary: string;
}

export async function searchFetch(browser: Browser, pageUrl: string, word: string): Promise<SearchFetch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const fetched: Promise<[string, number]>[] = [];
    page.on('response', (r) => fetched.push(r.body().then((b) => [new URL(r.url()).pathname, gzipSync(b).length])));
    await page.keyboard.press('/');
    await page.locator('#search-dialog[open]').waitFor();
    await enterQuery(page, word);
    const summary = await waitForSummary(page, '#search-dialog');
    await page.waitForLoadState('networkidle');
    const files = Object.fromEntries(await Promise.all(fetched));
    return { bytes: Object.values(files).reduce((a, b) => a + b, 0), requests: fetched.length, files, summary };
  } finally {
    await context.close();
  }
}
