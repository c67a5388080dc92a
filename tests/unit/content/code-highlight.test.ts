import { parse } from 'node-html-parser';
import { describe, expect, it, vi } from 'vitest';
import { fencedCode, highlightCode, unescapeHtml } from '../../../src/lib/content/code-highlight.ts';

/** node-html-parser keeps <pre> as raw text unless told otherwise. */
const parseHtml = (html: string) => parse(html, { blockTextElements: { script: true, style: true } });

const code = `const rows = await db.query('select * from t where a < $1 && b > 2');\nif (rows.length) return "<ok>";`;

describe('highlightCode', () => {
  it('writes the block as Astro does: a pre.astro-code with its language, both themes and the code as text', async () => {
    const pre = parseHtml(await highlightCode(`${code}\n`, 'js')).querySelector('pre');
    expect(pre?.classList.contains('astro-code')).toBe(true);
    expect(pre?.getAttribute('data-language')).toBe('js');
    expect(pre?.getAttribute('style')).toMatch(/--shiki-light-bg:#[0-9a-f]{6};--shiki-dark-bg:#[0-9a-f]{6};overflow-x:auto$/i);
    expect(pre?.getAttribute('tabindex')).toBe('0');
    // The parsed text is the code itself: nothing lost or left escaped, the trailing newline dropped.
    expect(pre?.querySelector('code')?.text).toBe(code);
    const tokens = pre?.querySelectorAll('code span span') ?? [];
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) expect(token.getAttribute('style')).toMatch(/^--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}/);
  });

  it('colours a line the same however long tokenizing it takes (a busy machine gives the same HTML)', async () => {
    const line = "const message = `Hello, ${name}!`; app.get('/health', (req, res) => res.json({ ok: true }));";
    const calm = await highlightCode(line, 'js');
    // Every clock reading a second later than the last: each line takes "too long".
    let now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    try {
      expect(await highlightCode(line, 'js')).toBe(calm);
    } finally {
      clock.mockRestore();
    }
  });

  it('shows an unknown language as plain text rather than failing', async () => {
    const pre = parseHtml(await highlightCode('just <text>', 'no-such-language')).querySelector('pre');
    expect(pre?.getAttribute('data-language')).toBe('plaintext');
    expect(pre?.text).toBe('just <text>');
  });
});

describe('fencedCode', () => {
  it('reads the code and language of a block as MDX renders it unhighlighted', () => {
    expect(fencedCode('<code class="language-ts">a &lt; b &amp;&amp; c &gt; d &#39;x&#39; &quot;y&quot;</code>')).toEqual({ lang: 'ts', code: `a < b && c > d 'x' "y"` });
    expect(fencedCode('<code>plain</code>')).toEqual({ lang: 'plaintext', code: 'plain' });
  });

  it('leaves anything else alone', () => {
    expect(fencedCode('<code class="language-ts">a</code><p>b</p>')).toBeUndefined();
    expect(fencedCode('<span>not code</span>')).toBeUndefined();
  });
});

describe('unescapeHtml', () => {
  it('reads named and numeric references', () => {
    expect(unescapeHtml('&lt;&#x3C;&#60;&amp;amp;')).toBe('<<<&amp;');
  });
});
