import { describe, expect, it } from 'vitest';
import { cycles, reachable, sourceGraph } from '../support/source-graph.ts';

const graph = sourceGraph();

describe('the source layout', () => {
  it('reads the imports of every file under src/', () => {
    expect(graph.get('src/layouts/BaseLayout.astro')).toContain('src/components/BaseHead.astro');
    expect(graph.get('src/lib/social/card-cache.ts')).toContain('src/lib/social/draw.ts');
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([...graph, ['src/lib/urls/paths.ts', [...(graph.get('src/lib/urls/paths.ts') ?? []), 'src/lib/urls/index.ts']]]);
    expect(cycles(looped).length).toBeGreaterThan(0);
  });

  it('keeps the card drawing (satori, resvg, the PNG encoder) out of what every page loads', () => {
    const everyPage = reachable(graph, 'src/layouts/BaseLayout.astro');
    expect(everyPage.has('src/lib/seo/index.ts')).toBe(true);
    for (const heavy of ['satori', '@resvg/resvg-js', 'src/lib/social/png.ts', 'src/lib/social/draw.ts', 'node:fs', 'node:fs/promises']) {
      expect(everyPage.has(heavy), heavy).toBe(false);
    }
  });

  it('leaves src/integrations to Astro integrations and Vite plugins', () => {
    const misplaced = [...graph.keys()].filter((f) => f.startsWith('src/integrations/') && !/^src\/integrations\/[\w-]+\.ts$/.test(f));
    expect(misplaced).toEqual([]);
  });
});
