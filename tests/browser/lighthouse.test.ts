/**
 * Lighthouse 13 (mobile) on readers' landing pages: accessibility, best
 * practices and SEO at 100. Performance depends on the machine, so it is
 * printed (and in `npm run audit`), not asserted. A page marked noindex on
 * purpose (search) may lose SEO points for that one audit and no other.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { auditedPages, lighthouse, NOINDEX_FAILURE } from '../support/lighthouse.ts';

const siteUrl = inject('siteUrl');
const pages = await auditedPages();

describe('Lighthouse, mobile', () => {
  it('audits the home, article, course and search pages', () => {
    expect(pages.map((p) => p.type)).toEqual(['home', 'article', 'course', 'search']);
  });

  it.each(pages)('$type page ($path) scores 100 for accessibility, best practices and SEO', async ({ path }) => {
    const noindex = /noindex/.test((await readPage(path)).doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
    const { scores, failures } = await lighthouse(new URL(path.slice(1), siteUrl).href);
    const { performance, ...asserted } = scores;
    console.log(`Lighthouse ${path}: performance ${performance}`);
    // The failing audits of the asserted categories say why a score dropped.
    const why = failures.filter((f) => !f.startsWith('performance:'));
    if (noindex) {
      expect({ accessibility: asserted.accessibility, 'best-practices': asserted['best-practices'], why }).toEqual({
        accessibility: 100,
        'best-practices': 100,
        why: [NOINDEX_FAILURE],
      });
    } else {
      expect({ ...asserted, why }).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100, why: [] });
    }
  });
});
