import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, type BuiltPage } from '../support/dist.ts';

let pages: BuiltPage[];
beforeAll(async () => {
  pages = await allPages();
});

describe('routes in the production build', () => {
  it.each([
    '/',
    '/blog/',
    '/blog/how-to-become-a-backend-developer/',
    '/blog/sql-vs-nosql-databases/',
    '/blog/what-is-a-rest-api/',
    '/blog/tags/',
    '/blog/tags/backend/',
    '/courses/',
    '/courses/backend-development/',
    '/courses/database-design-sql/',
    '/courses/rest-api-development/',
    '/paths/',
    '/paths/how-to-become-a-backend-developer/',
    '/authors/',
    '/authors/vtechlabs-faculty/',
    '/about/',
    '/404.html',
  ])('%s exists', (path) => {
    expect(pages.map((p) => p.path)).toContain(path);
  });

  it('has one h1, a title and a description on every page', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      expect(page.doc.querySelectorAll('h1'), page.path).toHaveLength(1);
      expect(page.doc.querySelector('title')?.textContent.trim(), page.path).toBeTruthy();
      const description = page.doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, page.path).toBeGreaterThanOrEqual(50);
    }
  });
});
