import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { npmNodeOptions, npmScriptEnv, variablesSetBy } from '../../../scripts/bench/node-options.ts';
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

describe('npmScriptEnv', () => {
  const printPurgeDelay = ['-e', 'process.stdout.write(String(process.env.MIMALLOC_PURGE_DELAY))'];

  it('names the variables a preloaded data: URL sets, and nothing for plain options', () => {
    expect(variablesSetBy('--max-semi-space-size=32 --import=data:text/javascript,process.env.A_B??=0;process.env.c??="x"')).toEqual(['A_B', 'c']);
    expect(variablesSetBy('--max-old-space-size=4096 --trace-gc')).toEqual([]);
  });

  it("starts a baseline without the variables the benchmark's own npm options set, and the site with them", async () => {
    const siteOptions = await npmNodeOptions(root);
    // The benchmark as `npm run bench` starts it: the site's preload has set the variable in its environment.
    const benchmarkEnv = { ...process.env, MIMALLOC_PURGE_DELAY: '0' };
    const baseline = await run(process.execPath, printPurgeDelay, { env: { ...benchmarkEnv, ...(await npmScriptEnv(testTempDir('baseline'), siteOptions)) } });
    expect(baseline.stdout).toBe('undefined');
    const site = await run(process.execPath, printPurgeDelay, { env: { ...benchmarkEnv, ...(await npmScriptEnv(root, siteOptions)) } });
    expect(site.stdout).toBe('0');
  });
});
