/**
 * Reproducible output: a second build of the same sources, in another folder,
 * gives a byte-identical dist/. Any difference is named by file.
 *
 * Known exception, not seen within a day: the footer's copyright year is the
 * build's year, so builds either side of New Year differ in that line.
 *
 * The same copy then checks the incremental build (pages copied from the last
 * build when their cache key is unchanged): after content changes, an
 * incremental build must give the same dist/ as a full one.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, distDir, removeCopy, root, runBuild, type BuildResult } from '../support/site.ts';

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

/** Every file of a built dist/ that differs between two folders, or exists in one only. */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([files(a), files(b)]);
  const differing = [...left.filter((f) => !right.includes(f)), ...right.filter((f) => !left.includes(f))];
  for (const file of left.filter((f) => right.includes(f))) {
    const [x, y] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))]);
    if (!x.equals(y)) differing.push(file);
  }
  return differing;
}

beforeAll(async () => {
  copy = await copySite();
  // --force: render every page, not copy them from the repository's own build (the copy shares its caches).
  const build = await runBuild(copy, gitEnv(copy), ['--force']);
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

describe('incremental build', () => {
  const article = (name: string) => join(copy, 'content/articles', `${name}.mdx`);
  let bodyEdit: BuildResult;
  let incremental: string;

  beforeAll(async () => {
    // A body-only edit: every other page's key stays the same, so those are copied.
    const edited = article('sql-vs-nosql-databases');
    await writeFile(edited, `${await readFile(edited, 'utf8')}\nOne more sentence, added after the last build.\n`);
    bodyEdit = await runBuild(copy, gitEnv(copy));
    if (bodyEdit.code !== 0) throw new Error(bodyEdit.output);
    // A frontmatter edit: the description shows on other pages (cards, related lists), so every page's key changes.
    const listed = article('data-structures-for-backend-developers');
    const source = await readFile(listed, 'utf8');
    if (!source.includes('and Big-O."')) throw new Error('the description changed: pick another word to change');
    await writeFile(listed, source.replace('and Big-O."', 'and big O."'));
    const frontmatterEdit = await runBuild(copy, gitEnv(copy));
    if (frontmatterEdit.code !== 0) throw new Error(frontmatterEdit.output);
    incremental = join(copy, 'dist-incremental');
    await rename(join(copy, 'dist'), incremental);
    const full = await runBuild(copy, gitEnv(copy), ['--force']);
    if (full.code !== 0) throw new Error(full.output);
  });

  it('copies unchanged pages from the last build and renders the changed one', () => {
    expect(bodyEdit.output).toMatch(/\((?:cached|restored)\)/);
    expect(bodyEdit.output).not.toMatch(/sql-vs-nosql-databases\/index\.html \((?:cached|restored)\)/);
  });

  it('gives the same dist/ as a full build after content changed', async () => {
    expect(await differences(incremental, join(copy, 'dist'))).toEqual([]);
  });
});
