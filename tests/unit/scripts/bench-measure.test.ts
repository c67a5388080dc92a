import { describe, expect, it } from 'vitest';
import { phases, type LogLine } from '../../../scripts/bench/measure.ts';

/** Log lines at the given seconds since the start. */
const log = (...lines: [number, string][]): LogLine[] => lines.map(([s, text]) => ({ at: s * 1000, text }));

describe('phases', () => {
  it("credits the time before Astro's 'Waiting for integration' line to that integration", () => {
    const result = phases(
      log(
        [1, '00:00:01 [build] Collecting build info...'],
        [3, '00:00:03 [build] Rearranging server assets...'],
        [3, ' generating static routes '],
        [9, '00:00:09 ✓ Completed in 6s.'],
        [10, '00:00:10 [social-cards] 40 cards in dist/og'],
        [13, '00:00:13 [build] Waiting for integration "search-index", hook "astro:build:done"...'],
        [15, '00:00:15 [search-index] indexed 10 pages'],
        [15.5, '00:00:15 [build] 50 page(s) built in 15s'],
      ),
    );
    expect(result['search-index']).toBe(5000);
    expect(result['social-cards']).toBe(1000);
    expect(result['render']).toBe(6000);
    expect(result['finish']).toBe(500);
  });
});
