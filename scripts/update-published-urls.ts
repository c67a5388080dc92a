/**
 * `npm run urls:update`: builds the site and writes every page URL it
 * published to published-urls.txt (commit it). The build skips the
 * published-URL check (PUBLISHED_URLS=update), since accepting a removed URL
 * is the point of running this.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readBuiltSite } from '../src/lib/build/built-site.ts';
import { isListablePage, PUBLISHED_URLS_FILE, publishedUrlsFile } from '../src/lib/urls/redirects.ts';

const root = resolve(import.meta.dirname, '..');

const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, PUBLISHED_URLS: 'update' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const { pages } = await readBuiltSite(join(root, 'dist'));
const paths = pages.map((p) => p.path).filter(isListablePage);
await writeFile(join(root, PUBLISHED_URLS_FILE), publishedUrlsFile(paths));
console.log(`${PUBLISHED_URLS_FILE}: ${new Set(paths).size} URLs. Commit it with your change.`);
