import { describe, expect, it } from 'vitest';
import { buildToc, shouldShowToc } from '../../../src/lib/content/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops deeper levels', () => {
    const toc = buildToc([h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(3, 'a2'), h(2, 'b')]);
    expect(toc.map((i) => i.slug)).toEqual(['a', 'b']);
    expect(toc[0]?.children.map((i) => i.slug)).toEqual(['a1', 'a2']);
    expect(toc[1]?.children).toEqual([]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([h(3, 'intro'), h(2, 'a')]).map((i) => i.slug)).toEqual(['intro', 'a']);
  });
});

describe('shouldShowToc', () => {
  it('needs three or more h2/h3 headings', () => {
    expect(shouldShowToc([h(2, 'a'), h(3, 'b')])).toBe(false);
    expect(shouldShowToc([h(2, 'a'), h(4, 'x'), h(4, 'y'), h(3, 'b')])).toBe(false);
    expect(shouldShowToc([h(2, 'a'), h(3, 'b'), h(2, 'c')])).toBe(true);
  });
});
