/**
 * The NODE_OPTIONS npm gives a project's scripts: the `node-options` line of
 * its `.npmrc` (this site's sets a larger young generation and has the
 * bundler's allocator return freed memory at once, see docs/architecture.md).
 * The benchmark starts Astro itself, not through npm, so it passes each
 * project the options its own `npm run build` would have: the site its own, a
 * baseline without one none, whatever the benchmark itself was started with.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function npmNodeOptions(projectDir: string): Promise<string> {
  const npmrc = await readFile(join(projectDir, '.npmrc'), 'utf8').catch(() => '');
  const line = /^[ \t]*node-options[ \t]*=(.*)$/m.exec(npmrc)?.[1] ?? '';
  return line.trim().replace(/^(["'])(.*)\1$/, '$2');
}

/** The environment variables that options set from a preloaded module (`process.env.NAME??=…`, as the site's `.npmrc` does). */
export function variablesSetBy(nodeOptions: string): string[] {
  return [...nodeOptions.matchAll(/process\.env\.([A-Za-z_]\w*)\s*\?\?=/g)].map((match) => match[1] ?? '');
}

/**
 * What a project's build is started with: its own npm options, and none of
 * the variables the options of the benchmark's own `npm run` set in this
 * process. `npm run bench` runs with the site's options, so without this a
 * baseline would inherit the site's MIMALLOC_PURGE_DELAY.
 */
export async function npmScriptEnv(projectDir: string, inherited = process.env.NODE_OPTIONS ?? ''): Promise<Record<string, string | undefined>> {
  const unset = Object.fromEntries(variablesSetBy(inherited).map((name) => [name, undefined]));
  return { ...unset, NODE_OPTIONS: await npmNodeOptions(projectDir) };
}
