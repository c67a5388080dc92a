/**
 * Lighthouse 13 (mobile) on readers' landing pages: accessibility, best
 * practices and SEO at 100. Performance depends on the machine, so it is
 * printed (and in `npm run audit`), not asserted.
 */
import { describe, expect, inject, it } from 'vitest';
import { auditedPages, lighthouse } from '../support/lighthouse.ts';

const siteUrl = inject('siteUrl');
const pages = await auditedPages();

describe('Lighthouse, mobile', () => {
  it('audits home, article and course pages at least', () => {
    expect(pages.map((p) => p.type)).toEqual(expect.arrayContaining(['home', 'article', 'course']));
  });

  it.each(pages)('$type page ($path) scores 100 for accessibility, best practices and SEO', { timeout: 120_000 }, async ({ path }) => {
    const { scores, failures } = await lighthouse(new URL(path.slice(1), siteUrl).href);
    const { performance, ...asserted } = scores;
    console.log(`Lighthouse ${path}: performance ${performance}`);
    // The failing audits of these three categories are listed to say why a score dropped.
    const why = failures.filter((f) => !f.startsWith('performance:'));
    expect({ ...asserted, why }).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100, why: [] });
  });
});
