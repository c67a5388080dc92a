import { describe, expect, it } from 'vitest';
import { htmlElements, isNoindexHtml, pageLinks } from '../../../src/lib/build/html.ts';

describe('pageLinks', () => {
  it('reads href, src and srcset of elements, decoded, not script or style bodies', () => {
    const html =
      '<a href="/a/?x=1&amp;y=2">a</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt=""><script src="/s.js">const s = \'<a href="/no/">\';</script><style>a[href="/css/"]{}</style>';
    expect(pageLinks(html).urls).toEqual(['/a/?x=1&y=2', '/i.png', '/i-1.png', '/i-2.png', '/s.js']);
  });

  it('reads nothing from attribute values, text or comments that mention HTML', () => {
    const html =
      '<meta name="description" content="Learn <img src=x onerror=alert(1)> with &lt;a href=/y&gt;"><title>A <a href="/t/"> title</title><p>Write &lt;img src="z"&gt;</p><!-- <a href="/c/"> --><textarea><a href="/ta/"></textarea>';
    expect(pageLinks(html).urls).toEqual([]);
  });

  it('reads ids of any element and the name of <a>, not of <meta>', () => {
    expect([...pageLinks('<h2 id="a">A</h2><main id=main><a name="old"></a><meta name="description" content="x">').ids]).toEqual(['a', 'main', 'old']);
  });
});

describe('htmlElements', () => {
  it('keeps script and style bodies exactly as written, with where each start tag is', () => {
    const html = '<p>x</p><script>if (a < b && c) f("&amp;")</script><style>a>b{}</style>';
    const elements = htmlElements(html);
    expect(elements.map((e) => [e.name, e.content])).toEqual([
      ['p', undefined],
      ['script', 'if (a < b && c) f("&amp;")'],
      ['style', 'a>b{}'],
    ]);
    const script = elements[1]!;
    expect(html.slice(script.start, script.end + 1)).toBe('<script>');
  });

  it('stops after the end tag it is given', () => {
    const html = '<html><head><meta name="a"><title>T</title></head><body><p>x</p></body></html>';
    expect(htmlElements(html, 'head').map((e) => e.name)).toEqual(['html', 'head', 'meta', 'title']);
  });
});

describe('isNoindexHtml', () => {
  it('spots a robots noindex meta and nothing else', () => {
    expect(isNoindexHtml('<meta name="robots" content="noindex, follow">')).toBe(true);
    expect(isNoindexHtml('<META NAME="Robots" CONTENT="NOINDEX">')).toBe(true);
    expect(isNoindexHtml('<meta name="robots" content="index, follow">')).toBe(false);
    expect(isNoindexHtml('<p>How noindex works</p>')).toBe(false);
    expect(isNoindexHtml('<meta name="description" content="<meta name=&quot;robots&quot; content=&quot;noindex&quot;>">')).toBe(false);
  });
});
