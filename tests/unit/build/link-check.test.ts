import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../../src/lib/build/link-check.ts';

describe('brokenLinks', () => {
  const pages = [
    {
      path: '/',
      html: '<a href="/sub/blog/x/#intro">x</a><a href="/sub/blog/x/#nope">x</a><a href="/sub/gone/">g</a><img src="/sub/logo.svg"><a href="https://other.org/">o</a><a href="mailto:a@b.c">m</a>',
    },
    {
      path: '/blog/x/',
      html: '<h2 id="intro">Intro</h2><a href="../../">home</a><a href="/blog/x/">no base</a><a href="https://www.example.org/sub/blog/x">abs</a>',
    },
  ];
  const broken = brokenLinks({ pages, files: new Set(['/logo.svg']), base: '/sub/', origin: 'https://www.example.org' });

  it('finds links to missing pages, missing ids, wrong base and missing trailing slash', () => {
    expect(broken).toEqual([
      { page: '/', url: '/sub/blog/x/#nope', reason: 'no element with id "nope" on /blog/x/' },
      { page: '/', url: '/sub/gone/', reason: 'no such page or file' },
      { page: '/blog/x/', url: '/blog/x/', reason: 'outside the base path /sub/' },
      { page: '/blog/x/', url: 'https://www.example.org/sub/blog/x', reason: 'no trailing slash' },
    ]);
  });
});

describe('brokenLinks over text that mentions HTML', () => {
  it('takes no attribute value or text for a link (a description about <img src=x>)', () => {
    const html =
      '<meta name="description" content="Learn <img src=x onerror=alert(1)> and <a href=/nowhere/>"><p>&lt;a href="/gone/"&gt; is a link</p><!-- <a href="/old/"> --><script>const a = \'<a href="/js/">\';</script><a href="/">home</a>';
    expect(brokenLinks({ pages: [{ path: '/', html }], files: new Set(), base: '/', origin: 'https://www.example.org' })).toEqual([]);
  });

  it('still finds a broken link in the same page', () => {
    const html = '<meta name="description" content="<img src=x>"><img src="/missing.png" alt="">';
    expect(brokenLinks({ pages: [{ path: '/', html }], files: new Set(), base: '/', origin: 'https://www.example.org' })).toEqual([
      { page: '/', url: '/missing.png', reason: 'no such page or file' },
    ]);
  });
});
