import { describe, expect, it } from 'vitest';
import { checkImages, imageFile } from '../../../src/lib/checks/images.ts';
import { article, context, lines } from '../../support/content-files.ts';

describe('imageFile', () => {
  it('resolves relative paths next to the file and absolute ones under public/', () => {
    expect(imageFile('./images/a.png', 'content/articles/x.mdx')).toBe('content/articles/images/a.png');
    expect(imageFile('/images/a%20b.png', 'content/articles/x.mdx')).toBe('public/images/a b.png');
    expect(imageFile('https://example.com/a.png', 'content/articles/x.mdx')).toBeUndefined();
  });
});

describe('checkImages', () => {
  const existingFiles = ['content/articles/images/ok.png', 'public/diagram.svg'];
  const check = (body: string, fields = {}) => lines(checkImages(context([article('i', fields, body)], { existingFiles })));

  it('accepts images with alt text and existing files', () => {
    expect(check('![A diagram](./images/ok.png)\n\n<Figure src="/diagram.svg" alt="A diagram" caption="Flow" />\n')).toEqual([]);
  });

  it('flags an image with no alt text', () => {
    expect(check('Text.\n\n![](./images/ok.png)\n')).toEqual([
      'content/articles/i.mdx:11 – image "./images/ok.png" has no alt text – describe what the image shows, e.g. ![Diagram of a REST request and response](…) or alt="…"',
    ]);
  });

  it('flags a Figure or img without alt', () => {
    expect(check('<Figure src="/diagram.svg" caption="x" />\n\n<img src="/diagram.svg" alt="" />\n').map((l) => l.split(' – ')[1])).toEqual([
      'image "/diagram.svg" has no alt text',
      'image "/diagram.svg" has no alt text',
    ]);
  });

  it('flags a missing image file with the path it looked for', () => {
    expect(check('![A chart](./images/chart.png)\n')).toEqual([
      'content/articles/i.mdx:9 – image "./images/chart.png" not found (looked for content/articles/images/chart.png) – put the file next to this one at that relative path, or fix the name (names are case-sensitive)',
    ]);
  });

  it('checks the cover image and its alt text', () => {
    expect(check('x\n', { cover: './images/missing.png' })).toEqual([
      'content/articles/i.mdx:7 – image "./images/missing.png" not found (looked for content/articles/images/missing.png) – put the file next to this one at that relative path, or fix the name (names are case-sensitive)',
      'content/articles/i.mdx:7 – cover image has no coverAlt – add "coverAlt: <what the image shows>"',
    ]);
  });
});
