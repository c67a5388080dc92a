import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withUsedCspHashes } from '../../../src/lib/build/csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const UNUSED = `'sha256-${Buffer.alloc(32, 7).toString('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('withUsedCspHashes', () => {
  const theme = 'document.documentElement.dataset.theme = "dark";';
  const opener = 'addEventListener("keydown", () => {});';

  it('keeps the hashes of the inline scripts on the page and drops the others', () => {
    const html = page(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(theme)} ${UNUSED} ${hash(opener)}; style-src 'self' ${UNUSED};`,
      `<script>${theme}</script><script type="module">${opener}</script>`,
    );
    expect(policyOf(withUsedCspHashes(html))).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(theme)} ${hash(opener)}; style-src 'self';`,
    );
  });

  it('does not count scripts loaded from a URL, and keeps hashes of inline styles', () => {
    const style = 'p{color:red}';
    const html = page(`script-src 'self' ${hash('')}; style-src 'self' ${hash(style)} ${UNUSED}`, `<script src="/a.js"></script><style>${style}</style>`);
    expect(policyOf(withUsedCspHashes(html))).toBe(`script-src 'self'; style-src 'self' ${hash(style)}`);
  });

  it('changes nothing else in the page, and leaves a page without a policy alone', () => {
    const html = page(`script-src 'self' ${hash(theme)}`, `<script>${theme}</script><p>text</p>`);
    expect(withUsedCspHashes(html)).toBe(html);
    expect(withUsedCspHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});

describe('withUsedCspHashes over text that mentions HTML', () => {
  it('hashes no <script> written inside an attribute value or as text', () => {
    const fake = 'alert(1)';
    const html = page(
      `script-src 'self' ${hash(fake)}`,
      `<meta name="description" content="<script>${fake}</script>"><p>&lt;script&gt;${fake}&lt;/script&gt;</p>`,
    );
    expect(policyOf(withUsedCspHashes(html))).toBe(`script-src 'self'`);
  });
});
