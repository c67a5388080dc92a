import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { npmNodeOptions } from '../../../scripts/bench/node-options.ts';
import { root } from '../../support/site.ts';
import { testTempDir } from '../../support/temp-dir.ts';

const run = promisify(execFile);

describe('npmNodeOptions', () => {
  it("reads the site's own .npmrc, whose options Node accepts from any folder and which set the bundler's allocator", async () => {
    const options = await npmNodeOptions(root);
    expect(options).toMatch(/^--max-semi-space-size=\d+ /);
    // Started elsewhere, as a test's or a benchmark's copy of the site starts Node: the options must not depend on the folder.
    const { MIMALLOC_PURGE_DELAY: _, ...env } = process.env;
    const { stdout } = await run(process.execPath, ['-e', 'process.stdout.write(String(process.env.MIMALLOC_PURGE_DELAY))'], {
      cwd: testTempDir('elsewhere'),
      env: { ...env, NODE_OPTIONS: options },
    });
    expect(stdout).toBe('0');
  });

  it('gives none for a project without an .npmrc, and unquotes a quoted value', async () => {
    const dir = testTempDir('npmrc');
    expect(await npmNodeOptions(dir)).toBe('');
    await writeFile(join(dir, '.npmrc'), 'fund=false\nnode-options = "--max-old-space-size=4096 --trace-gc"\n');
    expect(await npmNodeOptions(dir)).toBe('--max-old-space-size=4096 --trace-gc');
  });
});
