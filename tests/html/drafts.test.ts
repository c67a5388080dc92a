import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, type BuiltPage } from '../support/dist.ts';
import { distDir, root } from '../support/site.ts';

/** Ids of content files marked `draft: true`: the repository keeps at least one. */
async function draftIds(collection: string): Promise<string[]> {
  const dir = join(root, 'content', collection);
  const ids: string[] = [];
  for (const name of await readdir(dir)) {
    const source = await readFile(join(dir, name), 'utf8');
    if (/^draft:\s*true\s*$/m.test(source.split(/^---$/m)[1] ?? '')) ids.push(name.replace(/\.mdx?$/, ''));
  }
  return ids;
}

describe('drafts in the production build', () => {
  let pages: BuiltPage[];
  let drafts: string[];
  beforeAll(async () => {
    pages = await allPages();
    drafts = await draftIds('articles');
  });

  it('the repository has a draft to check', () => {
    expect(drafts.length).toBeGreaterThan(0);
  });

  it('has no page for a draft article', async () => {
    const built = await readdir(join(distDir, 'blog'));
    for (const id of drafts) expect(built).not.toContain(id);
  });

  it('never links to a draft from any page', () => {
    for (const page of pages) {
      for (const id of drafts) expect(page.html.includes(`/blog/${id}/`), `${page.path} links to ${id}`).toBe(false);
    }
  });
});
