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
import { copySite, removeCopy, saveUntil, startAstro, type RunningAstro } from '../support/site.ts';

const PORT = 4394;
const ARTICLE = 'content/articles/what-is-a-rest-api.mdx';
const CARD = `http://127.0.0.1:${PORT}/og/blog/what-is-a-rest-api.png`;

async function fetchPng(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('social cards on the dev server', () => {
  let copy = '';
  let dev: RunningAstro | undefined;

  beforeAll(async () => {
    copy = await copySite();
    dev = startAstro(copy, ['dev', '--host', '127.0.0.1', '--port', String(PORT)]);
    await dev.waitFor(/watching for file changes/);
  });

  afterAll(async () => {
    await dev?.stop();
    if (copy) await removeCopy(copy);
  });

  it("serves an article's card, and none for an article that does not exist", async () => {
    const card = await fetchPng(CARD);
    expect({ status: card.status, type: card.type }).toEqual({ status: 200, type: 'image/png' });
    expect(PNG.sync.read(card.bytes)).toMatchObject({ width: 1200, height: 630 });
    expect((await fetchPng(`http://127.0.0.1:${PORT}/og/blog/no-such-article.png`)).status).toBe(404);
  });

  it('draws the card again once the article is saved with another title', async () => {
    const before = (await fetchPng(CARD)).bytes;
    const file = join(copy, ARTICLE);
    const source = await readFile(file, 'utf8');
    let after = before;
    await saveUntil(file, source.replace(/^title: .*$/m, 'title: "A new title for the REST API article"'), async () => {
      after = (await fetchPng(CARD)).bytes;
      return !after.equals(before);
    });
    expect(after.equals(before)).toBe(false);
    expect(PNG.sync.read(after)).toMatchObject({ width: 1200, height: 630 });
  });
});
