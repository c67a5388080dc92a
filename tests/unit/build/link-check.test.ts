import { describe, expect, it } from 'vitest';
import { brokenLinks, idsIn, urlsIn } from '../../../src/lib/build/link-check.ts';

describe('urlsIn and idsIn', () => {
  it('reads href, src and srcset, not script or style bodies', () => {
    const html =
      '<a href="/a/?x=1&amp;y=2">a</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt=""><script src="/s.js">const s = \'<a href="/no/">\';</script>';
    expect(urlsIn(html)).toEqual(['/a/?x=1&y=2', '/i.png', '/i-1.png', '/i-2.png', '/s.js']);
  });

  it('reads ids', () => {
    expect([...idsIn('<h2 id="a">A</h2><main id=main>')]).toEqual(['a', 'main']);
  });
});

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
