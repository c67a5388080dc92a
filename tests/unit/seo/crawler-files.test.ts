import { describe, expect, it } from 'vitest';
import { llmsTxt, robotsTxt } from '../../../src/lib/seo/crawler-files.ts';
import { absolutizeUrls, escapeXml } from '../../../src/lib/seo/feed.ts';

describe('robotsTxt', () => {
  it('allows everything and points at the sitemap', () => {
    const lines = robotsTxt('https://example.test/sitemap-index.xml').split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Sitemap: https://example.test/sitemap-index.xml');
    expect(lines.some((l) => l.startsWith('Disallow: /'))).toBe(false);
  });
});

describe('llmsTxt', () => {
  it('writes a title, a summary and one line per link, skipping empty sections', () => {
    const text = llmsTxt({
      name: 'Site',
      summary: 'What it is',
      details: 'Where it is',
      sections: [
        { heading: 'Articles', links: [{ title: 'A [draft]\ntitle', url: 'https://example.test/a/', description: 'First\nline' }] },
        { heading: 'Courses', links: [] },
      ],
    });
    expect(text.startsWith('# Site\n\n> What it is\n\nWhere it is\n\n## Articles\n\n')).toBe(true);
    expect(text).toContain('- [A draft title](https://example.test/a/): First line\n');
    expect(text).not.toContain('## Courses');
  });
});

describe('absolutizeUrls', () => {
  it('makes root-relative links, images and srcsets absolute and leaves other URLs alone', () => {
    const html =
      '<a href="/blog/x/">x</a><a href="https://other.test/">o</a><a href="#top">t</a><img src="/_astro/a.png" srcset="/_astro/a.png 1x, /_astro/b.png 2x"><a href="//cdn.test/x">c</a>';
    expect(absolutizeUrls(html, 'https://example.test/')).toBe(
      '<a href="https://example.test/blog/x/">x</a><a href="https://other.test/">o</a><a href="#top">t</a><img src="https://example.test/_astro/a.png" srcset="https://example.test/_astro/a.png 1x, https://example.test/_astro/b.png 2x"><a href="//cdn.test/x">c</a>',
    );
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#60;/a&#62;');
  });
});
