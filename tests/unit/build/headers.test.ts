import { describe, expect, it } from 'vitest';
import { withEditorPolicy, withFormAction } from '../../../src/lib/build/headers.ts';

describe('withFormAction', () => {
  it('replaces form-action in the CSP header only', () => {
    const headers = `# form-action 'self' is mentioned here\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'; form-action 'self'; frame-ancestors 'none'\n`;
    const out = withFormAction(headers, "form-action 'self' https://forms.example");
    expect(out).toContain("Content-Security-Policy: default-src 'self'; form-action 'self' https://forms.example; frame-ancestors 'none'");
    expect(out).toContain("# form-action 'self' is mentioned here");
    expect(out.split('\n')).toHaveLength(headers.split('\n').length);
  });
});

describe('withEditorPolicy', () => {
  const headers = `/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'\n\n/_astro/*\n  Cache-Control: immutable\n`;
  const entries = [
    { name: 'blog', folder: true },
    { name: 'rss.xml', folder: false },
    { name: 'admin', folder: true },
  ];
  const out = withEditorPolicy(headers, entries, 'admin', "default-src 'self'; connect-src https://api.github.com");

  it('takes the policy out of "/*" and gives it to each top-level path but the editor', () => {
    expect(out).toContain('/*\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: immutable\n');
    expect(out).toContain("/\n  Content-Security-Policy: default-src 'self'\n");
    expect(out).toContain("/blog/*\n  Content-Security-Policy: default-src 'self'\n");
    expect(out).toContain("/rss.xml\n  Content-Security-Policy: default-src 'self'\n");
    expect(out).toContain("/admin/*\n  Content-Security-Policy: default-src 'self'; connect-src https://api.github.com\n");
    expect(out.match(/^\s+Content-Security-Policy:/gm)).toHaveLength(4);
  });

  it('refuses a file whose "/*" rule has no policy', () => {
    expect(() => withEditorPolicy('/*\n  X-Frame-Options: DENY\n', entries, 'admin', 'x')).toThrow(/no Content-Security-Policy/);
  });
});
