import { describe, expect, it } from 'vitest';
import { indexChunkSize, MIN_CHUNK, PAGEFIND_DEFAULT_CHUNK } from '../../../src/lib/search/chunk-size.ts';

describe('indexChunkSize', () => {
  it('splits a small site finely, down to the floor', () => {
    expect(indexChunkSize(0)).toBe(MIN_CHUNK);
    expect(indexChunkSize(28)).toBe(MIN_CHUNK);
  });

  it('grows with the square root of the site: four times the pages, twice the chunk', () => {
    const small = indexChunkSize(200);
    expect(small).toBeGreaterThan(MIN_CHUNK);
    expect(indexChunkSize(800) / small).toBeCloseTo(2, 2);
    expect(indexChunkSize(1_168)).toBeLessThan(indexChunkSize(5_568));
  });

  it("never exceeds Pagefind's own chunk size, and gives whole numbers", () => {
    expect(indexChunkSize(1_000_000)).toBe(PAGEFIND_DEFAULT_CHUNK);
    for (const pages of [1, 178, 1_168, 5_568]) expect(Number.isInteger(indexChunkSize(pages))).toBe(true);
  });
});
