import { describe, expect, it } from 'vitest';
import { componentsOf, headingsOf, idsOf, maskCode, referencesOf } from '../../../src/lib/checks/markdown-scan.ts';

describe('maskCode', () => {
  it('blanks fenced and inline code but keeps offsets and lines', () => {
    const body = 'a `[x](/y/)` b\n```\n[z](/w/)\n```\nc\n';
    const masked = maskCode(body);
    expect(masked).toHaveLength(body.length);
    expect(masked.split('\n')).toHaveLength(body.split('\n').length);
    expect(masked).not.toContain('/y/');
    expect(masked).not.toContain('/w/');
    expect(masked).toContain('c');
  });
});

describe('headingsOf and idsOf', () => {
  const body = '## Why `npm`?\n\n### **Bold** and [linked](/x/) text\n\n## Why `npm`?\n\n<h2 id="custom">Custom</h2>\n';

  it('finds headings with their depth and line', () => {
    expect(headingsOf(body).map((h) => [h.depth, h.lineIndex])).toEqual([
      [2, 0],
      [3, 2],
      [2, 4],
      [2, 6],
    ]);
  });

  it('makes heading ids the way Astro does (github-slugger, numbered repeats) and keeps written ids', () => {
    expect([...idsOf(body)]).toEqual(['why-npm', 'bold-and-linked-text', 'why-npm-1', 'custom']);
  });
});

describe('referencesOf', () => {
  it('finds Markdown links and images, reference definitions and HTML/JSX attributes', () => {
    const body = '[a](/a/ "title") ![Alt](./i.png)\n\n[ref]: /r/\n\n<a href="/h/">h</a> <img src="/p.png" alt="P" /> <Figure src={"/f.png"} alt="F" />\n';
    expect(referencesOf(body).map((r) => [r.kind, r.url, r.alt ?? null, r.lineIndex])).toEqual([
      ['link', '/a/', null, 0],
      ['image', './i.png', 'Alt', 0],
      ['link', '/r/', null, 2],
      ['link', '/h/', null, 4],
      ['image', '/p.png', 'P', 4],
      ['image', '/f.png', 'F', 4],
    ]);
  });
});

describe('componentsOf', () => {
  it('reads string attributes of a component tag', () => {
    expect(componentsOf('x\n<CourseCta course="backend" />\n', 'CourseCta')).toEqual([{ attributes: { course: 'backend' }, lineIndex: 1 }]);
  });
});
