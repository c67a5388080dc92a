import { describe, expect, it } from 'vitest';
import { cropWithin, OG_SIZE } from '../../../src/lib/social/sizes.ts';

describe('cropWithin', () => {
  it('takes the largest crop of the ratio that fits, never enlarging', () => {
    expect(cropWithin({ width: 1600, height: 900 }, { width: 1200, height: 1200 })).toEqual({ width: 900, height: 900 });
    expect(cropWithin({ width: 2400, height: 1600 }, OG_SIZE)).toEqual(OG_SIZE);
    expect(cropWithin({ width: 1200, height: 630 }, { width: 1200, height: 900 })).toEqual({ width: 840, height: 630 });
  });
});
