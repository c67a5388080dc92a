/**
 * Social cards under `astro dev` (src/integrations/social-cards.ts): a card
 * is served when asked for, from a list of cards read once rather than on
 * every request, and that list is read again after a content file is saved,
 * so the card shows the new title.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, removeCopy, saveUntil, startDevServer, type RunningAstro } from '../support/site.ts';

const ARTICLE = 'content/articles/what-is-a-rest-api.mdx';
const CARD = 'og/blog/what-is-a-rest-api.png';

async function fetchPng(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('social cards on the dev server', () => {
  let copy = '';
  let dev: RunningAstro | undefined;
  let url = '';

  beforeAll(async () => {
    copy = await copySite();
    ({ dev, url } = await startDevServer(copy));
  });

  afterAll(async () => {
    await dev?.stop();
    if (copy) await removeCopy(copy);
  });

  it("serves an article's card, and none for an article that does not exist", async () => {
    const card = await fetchPng(new URL(CARD, url).href);
    expect({ status: card.status, type: card.type }).toEqual({ status: 200, type: 'image/png' });
    expect(PNG.sync.read(card.bytes)).toMatchObject({ width: 1200, height: 630 });
    expect((await fetchPng(new URL('og/blog/no-such-article.png', url).href)).status).toBe(404);
  });

  it('draws the card again once the article is saved with another title', async () => {
    const before = (await fetchPng(new URL(CARD, url).href)).bytes;
    const file = join(copy, ARTICLE);
    const source = await readFile(file, 'utf8');
    let after = before;
    await saveUntil(file, source.replace(/^title: .*$/m, 'title: "A new title for the REST API article"'), async () => {
      after = (await fetchPng(new URL(CARD, url).href)).bytes;
      return !after.equals(before);
    });
    expect(after.equals(before)).toBe(false);
    expect(PNG.sync.read(after)).toMatchObject({ width: 1200, height: 630 });
  });
});
