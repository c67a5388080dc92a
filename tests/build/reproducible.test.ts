/**
 * Reproducible output: a second build of the same sources, in another folder,
 * gives a byte-identical dist/. Any difference is named by file.
 *
 * Known exception, not seen within a day: the footer's copyright year is the
 * build's year, so builds either side of New Year differ in that line.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, distDir, removeCopy, root, runBuild } from '../support/site.ts';

let copy: string;

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * The repository's git folder, so the copy reads the same history ("Last
 * updated" dates come from git); none outside a git checkout, where both
 * builds fall back to frontmatter dates alike.
 */
function gitEnv(dir: string): Record<string, string> {
  try {
    const gitDir = execFileSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { GIT_DIR: gitDir, GIT_WORK_TREE: dir };
  } catch {
    return {};
  }
}

beforeAll(async () => {
  copy = await copySite();
  const build = await runBuild(copy, gitEnv(copy));
  if (build.code !== 0) throw new Error(build.output);
});
afterAll(async () => {
  if (copy) await removeCopy(copy);
});

describe('reproducible build', () => {
  it('writes the same files with the same bytes as the first build', async () => {
    const first = await files(distDir);
    const second = await files(join(copy, 'dist'));
    expect(second).toEqual(first);
    const differing: string[] = [];
    for (const file of first) {
      const [a, b] = await Promise.all([readFile(join(distDir, file)), readFile(join(copy, 'dist', file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});
