/**
 * Throwaway copies to benchmark: the site, and a baseline Astro project given
 * by folder (the leanest Astro blog), both with node_modules made of links to
 * the site's installed packages, so both build with the same astro, MDX and
 * sitemap versions and each starts with empty build caches.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySite, root } from '../../tests/support/site.ts';

/** Caches a build keeps under node_modules: Astro's, Vite's, and ours (social cards in .cache/og). */
export const CACHE_DIRS = ['.astro', '.vite', '.cache'];

async function linkPackages(dir: string): Promise<void> {
  await rm(join(dir, 'node_modules'), { recursive: true, force: true });
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (CACHE_DIRS.includes(name)) continue;
    await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** A site copy whose node_modules is a folder of links rather than one link, so the build caches start empty and stay out of the repository's. */
export async function siteCopy(): Promise<string> {
  const dir = await copySite();
  await linkPackages(dir);
  return dir;
}

/** The packages a baseline must build with, at the site's versions. */
const SHARED_PACKAGES = ['astro', '@astrojs/mdx', '@astrojs/sitemap'];

/**
 * A copy of the baseline project at `source`, its shared packages pinned to
 * the versions the site has installed (and linked from the site's
 * node_modules, which also provide everything else it imports).
 */
export async function baselineCopy(source: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-baseline-'));
  await cp(source, dir, { recursive: true, filter: (path) => !/\/(node_modules|dist|\.astro)(\/|$)/.test(path.slice(source.length)) });
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const name of SHARED_PACKAGES) {
    const { version } = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    manifest.dependencies = { ...manifest.dependencies, [name]: version };
  }
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await linkPackages(dir);
  return dir;
}

/** Removes what a build leaves, so the next build is clean: dist/, .astro/ and the caches under node_modules. */
export async function cleanBuildState(dir: string): Promise<void> {
  await Promise.all([
    rm(join(dir, 'dist'), { recursive: true, force: true }),
    rm(join(dir, '.astro'), { recursive: true, force: true }),
    ...CACHE_DIRS.map((name) => rm(join(dir, 'node_modules', name), { recursive: true, force: true })),
  ]);
}
