/**
 * The Content-Security-Policy of every built page: present, first-party, no
 * 'unsafe-inline' or 'unsafe-eval' for scripts, and every inline script's hash
 * listed and no other (so the policy allows exactly the scripts the page carries).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allPages } from '../support/dist.ts';

const pages = await allPages();

/** Directive name -> its sources, from the page's <meta http-equiv="content-security-policy">. */
function policyOf(html: string): Map<string, string[]> | undefined {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (!content) return undefined;
  const entries = content
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]);
  return new Map(entries.map(([name, ...sources]) => [name!, sources]));
}

describe('Content-Security-Policy of every built page', () => {
  it('is set, with scripts limited to the site itself and hashes', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const policy = policyOf(page.html);
      expect(policy, page.path).toBeDefined();
      const scripts = policy!.get('script-src') ?? [];
      expect(scripts, page.path).toContain("'self'");
      expect(scripts, page.path).not.toContain("'unsafe-inline'");
      expect(scripts, page.path).not.toContain("'unsafe-eval'");
      expect(policy!.get('default-src'), page.path).toEqual(["'self'"]);
      expect(policy!.get('object-src'), page.path).toEqual(["'none'"]);
    }
  });

  it('lists the hash of every inline script, and comes before all of them', () => {
    for (const page of pages) {
      const scripts = policyOf(page.html)?.get('script-src') ?? [];
      const policyAt = page.html.indexOf('http-equiv="content-security-policy"');
      for (const script of page.doc.querySelectorAll('script:not([src])')) {
        if (script.getAttribute('type') === 'application/ld+json') continue;
        const hash = createHash('sha256').update(script.textContent).digest('base64');
        expect(scripts, `${page.path}: inline script "${script.textContent.slice(0, 40)}…"`).toContain(`'sha256-${hash}'`);
        expect(page.html.indexOf(script.outerHTML), page.path).toBeGreaterThan(policyAt);
      }
    }
  });

  it('lists no hash that matches no inline script or style of the page', () => {
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    for (const page of pages) {
      const policy = policyOf(page.html)!;
      const inline = new Set(page.doc.querySelectorAll('script:not([src]), style').map((el) => sha256(el.textContent)));
      const listed = [...(policy.get('script-src') ?? []), ...(policy.get('style-src') ?? [])].filter((s) => s.startsWith("'sha"));
      expect(
        listed.filter((h) => !inline.has(h)),
        page.path,
      ).toEqual([]);
    }
  });
});
