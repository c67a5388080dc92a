import { describe, expect, it } from 'vitest';
import { contentHref } from '../../../src/lib/urls/index.ts';

describe('contentHref', () => {
  it('prefixes site paths written in content with the base path', () => {
    expect(contentHref('/courses/backend-development/', '/site')).toBe('/site/courses/backend-development/');
    expect(contentHref('/blog/x/#step-4', '/site')).toBe('/site/blog/x/#step-4');
    expect(contentHref('/courses/', '')).toBe('/courses/');
  });

  it('prefixes even a path that starts like the base: editors never write the base', () => {
    expect(contentHref('/blog/x/', '/blog')).toBe('/blog/blog/x/');
  });

  it('leaves external, protocol-relative, anchor, mail and relative links alone', () => {
    for (const url of ['https://example.com/a', '//cdn.example.com/x.js', '#faq', 'mailto:a@b.c', 'tel:+910000000000', '../x/']) {
      expect(contentHref(url, '/site')).toBe(url);
    }
  });
});
