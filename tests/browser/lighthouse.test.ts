/**
 * Lighthouse 13 (mobile) on readers' landing pages: accessibility, best
 * practices and SEO at 100. Performance depends on the machine, so it is not
 * run here (it would double each run's time); `npm run audit` prints it. A page marked noindex on
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

  // Side by side: without the performance category no score depends on the machine's speed, and each
  // run mostly waits for the page to go quiet, so two at a time (the site project's maxConcurrency) take little longer than one.
  it.concurrent.for(pages)('$type page ($path) scores 100 for accessibility, best practices and SEO', async ({ path }, { expect }) => {
    const noindex = /noindex/.test((await readPage(path)).doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
    const { scores: asserted, failures: why } = await lighthouse(new URL(path.slice(1), siteUrl).href, ['accessibility', 'best-practices', 'seo']);
    // `why`: the failing audits, which say why a score dropped.
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
