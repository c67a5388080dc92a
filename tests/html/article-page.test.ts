import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPage, text, type BuiltPage } from '../support/dist.ts';
import { distDir, root } from '../support/site.ts';

/** The article's own frontmatter, read from its source file: what the page must show. */
async function frontmatter(id: string): Promise<Record<string, unknown>> {
  const source = await readFile(join(root, 'content/articles', `${id}.mdx`), 'utf8');
  return parse(source.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
}

describe('article page: /blog/how-to-become-a-backend-developer/', () => {
  let page: BuiltPage;
  let data: Record<string, unknown>;
  beforeAll(async () => {
    page = await readPage('/blog/how-to-become-a-backend-developer/');
    data = await frontmatter('how-to-become-a-backend-developer');
  });

  it('shows the title as the h1 and the description', () => {
    expect(text(page.doc.querySelector('h1'))).toBe(data['title']);
    expect(text(page.doc.querySelector('article header'))).toContain(String(data['description']));
  });

  it('shows the published date, author and reading time', () => {
    const time = page.doc.querySelector('article header time');
    expect(time?.getAttribute('datetime')).toBe(String(data['pubDate']));
    const header = text(page.doc.querySelector('article header'));
    expect(header).toMatch(/By VTechLabs Faculty/);
    expect(header).toMatch(/\d+ min read/);
    expect(page.doc.querySelector('article header a[href="/authors/vtechlabs-faculty/"]')).not.toBeNull();
  });

  it('links every tag to its tag page', () => {
    const tagLinks = page.doc.querySelectorAll('article header a[href^="/blog/tags/"]').map((a) => a.getAttribute('href'));
    expect(tagLinks).toEqual((data['tags'] as string[]).map((t) => `/blog/tags/${t}/`));
  });

  it('has a table of contents whose links all point at headings on the page', () => {
    const tocLinks = page.doc.querySelectorAll('nav[aria-label="On this page"] a');
    expect(tocLinks.length).toBeGreaterThanOrEqual(3);
    for (const link of tocLinks) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(page.doc.querySelector(`h2[id="${id}"], h3[id="${id}"]`), id).not.toBeNull();
    }
  });

  it('makes each body heading linkable', () => {
    const headings = page.doc.querySelectorAll('.prose h2[id]');
    expect(headings.length).toBeGreaterThanOrEqual(3);
    for (const h of headings) {
      expect(page.doc.querySelector(`a.heading-anchor[href="#${h.id}"]`), h.id).not.toBeNull();
    }
  });

  it('highlights code blocks in both themes', () => {
    const pre = page.doc.querySelector('pre.astro-code');
    expect(pre?.getAttribute('style')).toMatch(/--shiki-dark/);
  });

  it('links to the related course in the text and in a call-to-action card', () => {
    expect(page.doc.querySelector('.prose a[href="/courses/backend-development/"]')).not.toBeNull();
    const card = page.doc.querySelector('aside[aria-label^="Course:"]');
    expect(card?.querySelector('a[href="/courses/backend-development/"]')).not.toBeNull();
  });

  it('lists three related articles, none of them itself, each a published page', async () => {
    const related = page.doc.querySelectorAll('section[aria-labelledby="related-heading"] article h3 a').map((a) => a.getAttribute('href') ?? '');
    expect(related).toHaveLength(3);
    expect(related).not.toContain('/blog/how-to-become-a-backend-developer/');
    for (const href of related) expect(existsSync(join(distDir, href, 'index.html')), href).toBe(true);
  });

  it('links to the previous or next article', () => {
    const links = page.doc.querySelectorAll('nav[aria-label="More articles"] a');
    expect(links.length).toBeGreaterThanOrEqual(1);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^\/blog\/[a-z0-9-]+\/$/);
  });
});
