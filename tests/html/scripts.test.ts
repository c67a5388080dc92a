import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, type BuiltPage } from '../support/dist.ts';

let pages: BuiltPage[];
beforeAll(async () => {
  pages = await allPages();
});

describe('JavaScript before interaction', () => {
  it('is only the inline theme script, under 1 KB, in <head> under the Content-Security-Policy, and the search opener', () => {
    for (const page of pages) {
      const scripts = page.doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts, page.path).toHaveLength(2);
      const [theme, opener] = scripts;
      expect(theme?.getAttribute('src'), page.path).toBeUndefined();
      expect(Buffer.byteLength(theme?.textContent ?? ''), page.path).toBeLessThan(1024);
      expect(theme?.parentNode?.tagName, page.path).toBe('HEAD');
      // A <meta> policy covers only what follows it, so the script comes after it
      // (it still runs before <body> is parsed: no flash of the other theme).
      const head = page.html.slice(0, page.html.indexOf('</head>'));
      const policy = head.indexOf('http-equiv="content-security-policy"');
      expect(policy, page.path).toBeGreaterThan(0);
      expect(head.indexOf('<script>'), page.path).toBeGreaterThan(policy);
      // The search opener (SearchButton.astro), inlined; it loads the rest of search on first use.
      expect(opener?.getAttribute('type'), page.path).toBe('module');
      expect(opener?.getAttribute('src'), page.path).toBeUndefined();
      const total = Buffer.byteLength(theme?.textContent ?? '') + Buffer.byteLength(opener?.textContent ?? '');
      expect(total, page.path).toBeLessThan(2048);
    }
  });

  it('loads no font or script from another origin', () => {
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(url, page.path).toMatch(/^\/(?!\/)/);
      }
    }
  });
});
