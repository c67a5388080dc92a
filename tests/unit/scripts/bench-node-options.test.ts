import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmNodeOptions } from '../../../scripts/bench/node-options.ts';
import { root } from '../../support/site.ts';
import { testTempDir } from '../../support/temp-dir.ts';

describe('npmNodeOptions', () => {
  it("reads the site's own .npmrc, which npm passes to node for every script", async () => {
    expect(await npmNodeOptions(root)).toMatch(/^--max-semi-space-size=\d+$/);
  });

  it('gives none for a project without an .npmrc, and unquotes a quoted value', async () => {
    const dir = testTempDir('npmrc');
    expect(await npmNodeOptions(dir)).toBe('');
    await writeFile(join(dir, '.npmrc'), 'fund=false\nnode-options = "--max-old-space-size=4096 --trace-gc"\n');
    expect(await npmNodeOptions(dir)).toBe('--max-old-space-size=4096 --trace-gc');
  });
});
