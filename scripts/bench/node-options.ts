/**
 * The NODE_OPTIONS npm gives a project's scripts: the `node-options` line of
 * its `.npmrc` (this site's sets a larger young generation and has the
 * bundler's allocator return freed memory at once, see docs/architecture.md).
 * The benchmark starts Astro itself, not through npm, so it passes each
 * project the options its own `npm run build` would have:
 * the site its own, a baseline without one none, whatever the benchmark
 * itself was started with.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function npmNodeOptions(projectDir: string): Promise<string> {
  const npmrc = await readFile(join(projectDir, '.npmrc'), 'utf8').catch(() => '');
  const line = /^[ \t]*node-options[ \t]*=(.*)$/m.exec(npmrc)?.[1] ?? '';
  return line.trim().replace(/^(["'])(.*)\1$/, '$2');
}
