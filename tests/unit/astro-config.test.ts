import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { root } from '../support/site.ts';

describe('astro.config.mjs', () => {
  it('warms up files that exist: a missing one would be skipped without a word', () => {
    const files = config.vite?.server?.warmup?.ssrFiles ?? [];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(existsSync(join(root, file)), file).toBe(true);
  });
});
