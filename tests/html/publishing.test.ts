/** The production build's links, heading ids and provenance (tests on dist/). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPageEntry, loadContentFiles, type ContentFile, type PageEntryCollection } from '../../src/lib/content/files.ts';
import { isPublishedFile } from '../../src/lib/content/publish.ts';
import { readBuiltSite } from '../../src/lib/build/built-site.ts';
import { brokenLinks } from '../../src/lib/build/link-check.ts';
import { pageLinks } from '../../src/lib/build/html.ts';
import { idsOf } from '../../src/lib/checks/markdown-scan.ts';
import { entryPath } from '../../src/lib/urls/paths.ts';
import { site } from '../../src/site.config.ts';
import { readPage } from '../support/dist.ts';
import { cloudflare, netlify } from '../support/hosts.ts';
import { distDir, root } from '../support/site.ts';

let entries: (ContentFile & { collection: PageEntryCollection })[];
beforeAll(async () => {
  const now = new Date();
  entries = (await loadContentFiles(root)).filter(isPageEntry).filter((f) => isPublishedFile(f, now, false));
});

describe('links in the production build', () => {
  it('has 0 broken internal links, sources or #fragments', async () => {
    const built = await readBuiltSite(distDir);
    expect(built.pages.length).toBeGreaterThan(10);
    expect(brokenLinks({ ...built, base: '/', origin: site.url })).toEqual([]);
  });

  it("writes a _redirects file that Cloudflare's and Netlify's own parsers accept whole", async () => {
    const text = await readFile(join(distDir, '_redirects'), 'utf8');
    expect(text).toMatch(/^# Written by the build/);
    expect((await cloudflare(text)).invalid).toBe('');
    expect((await netlify(distDir)).errors).toEqual([]);
  });
});

describe('article and course pages', () => {
  it('have every heading id the content checks expect (slugged as Astro does)', async () => {
    expect(entries.length).toBeGreaterThan(3);
    for (const entry of entries) {
      const page = await readPage(entryPath(entry.collection, entry.id));
      const built = pageLinks(page.html).ids;
      for (const id of idsOf(entry.body)) expect(built.has(id), `${entry.path} #${id}`).toBe(true);
    }
  });

  it('say when they were last updated and link to their file in the repository', async () => {
    for (const entry of entries) {
      const page = await readPage(entryPath(entry.collection, entry.id));
      const edit = page.doc.querySelectorAll('a').find((a) => a.textContent.trim() === 'Edit this page');
      expect(edit?.getAttribute('href'), entry.path).toBe(`${site.repository.url}/edit/${site.repository.branch}/${entry.path}`);
      expect(page.html, entry.path).toMatch(/Last updated <time datetime="\d{4}-\d{2}-\d{2}">/);
    }
  });
});
