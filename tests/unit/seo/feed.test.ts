import { describe, expect, it } from 'vitest';
import { absolutizeUrls } from '../../../src/lib/seo/feed.ts';

describe('absolutizeUrls', () => {
  it('makes root-relative links, images and srcsets absolute and leaves other URLs alone', () => {
    const html =
      '<a href="/blog/x/">x</a><a href="https://other.test/">o</a><a href="#top">t</a><img src="/_astro/a.png" srcset="/_astro/a.png 1x, /_astro/b.png 2x"><a href="//cdn.test/x">c</a>';
    expect(absolutizeUrls(html, 'https://example.test/')).toBe(
      '<a href="https://example.test/blog/x/">x</a><a href="https://other.test/">o</a><a href="#top">t</a><img src="https://example.test/_astro/a.png" srcset="https://example.test/_astro/a.png 1x, https://example.test/_astro/b.png 2x"><a href="//cdn.test/x">c</a>',
    );
  });
});
