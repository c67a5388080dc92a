/**
 * `npm run bench [-- --n 1000]`: the production build at scale.
 * With `--baseline <dir>` (e.g. ../shared/bench/bare-blog) it builds that
 * Astro project and the site on the same posts in turns and prints ratios
 * instead (scripts/bench/side-by-side.ts); `--dev` adds the dev server's
 * figures, `--runs` sets the number of pairs (default 3). For each N
 * (default 100, 1000 and 5000) it copies the site to a temporary folder with
 * its own empty cache, adds N synthetic MDX articles, and measures a clean
 * build (wall time, phases, pages per second, peak RSS of the process tree),
 * the output (dist/ and search-index size), a second build with no change, and
 * the gzip bytes a search for a common word fetches in Chromium.
 * Prints a table; writes JSON to bench/results/ (git-ignored).
 * Options: --n 100,1000  --keep (leave the copies in the temporary folder)
 *          --profile (CPU-profile the clean build; summary printed and in the JSON)
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { folderSize, measure, phases } from './bench/measure.ts';
import { npmScriptEnv } from './bench/node-options.ts';
import { summariseProfiles, type ProfileSummary } from './bench/profile.ts';
import { writeArticles } from './bench/synthetic-articles.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { searchFetch, type SearchFetch } from '../tests/support/search-bytes.ts';
import { root, serveStatic } from '../tests/support/site.ts';
import { siteCopy } from './bench/copies.ts';
import { runSideBySide, sideBySideTable } from './bench/side-by-side.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100,1000,5000' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    runs: { type: 'string', default: '3' },
    dev: { type: 'boolean', default: false },
  },
});
const sizes = values.n.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--n takes positive whole numbers separated by commas, got "${values.n}"`);

/** The word searched for: in every synthetic article, as in most real ones. */
const SEARCH_WORD = 'backend';

/** Gzip bytes a reader's search for SEARCH_WORD fetches on the home page (see tests/support/search-bytes.ts). */
async function searchBytes(dist: string): Promise<SearchFetch | null> {
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) return null;
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    return await searchFetch(browser, server.url, SEARCH_WORD);
  } finally {
    await browser.close();
    await server.close();
  }
}

interface BenchResult {
  articles: number;
  pages: number;
  cleanBuildMs: number;
  /** CPU time (user + system, all threads and child processes) of the clean build. */
  cleanBuildCpuMs: number;
  phasesMs: Record<string, number>;
  pagesPerSecond: number;
  peakRssMB: number;
  distMB: number;
  distFiles: number;
  searchIndexMB: number;
  searchIndexFiles: number;
  rebuildNoChangeMs: number;
  rebuildNoChangeCpuMs: number;
  rebuildPhasesMs: Record<string, number>;
  rebuildPeakRssMB: number;
  search: { word: string; summary: string; bytes: number; requests: number; files: Record<string, number>; kB: number } | null;
}

if (values.baseline) {
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive whole number, got "${values.runs}"`);
  const date = new Date().toISOString();
  for (const n of sizes) {
    const result = await runSideBySide({ articles: n, baseline: values.baseline, runs, dev: values.dev, keep: values.keep });
    await mkdir(join(root, 'bench/results'), { recursive: true });
    const file = join(root, 'bench/results', `side-by-side-${n}-${date.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify({ date, node: process.version, articles: n, baseline: values.baseline, runs, ...result }, null, 2)}\n`);
    console.log(`\n${n} articles, ${runs} alternating runs, medians; ratio = site / baseline, median of the pairs`);
    console.log(sideBySideTable(result.figures));
    const load = result.load.map((l) => l.map((x) => x.toFixed(2)).join(' '));
    console.log(`load average ${load[0]} at the start, ${load[1]} at the end; Node ${process.version}. JSON: ${file}`);
  }
  process.exit(0);
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const results: BenchResult[] = [];
const profiles: Record<number, ProfileSummary> = {};
for (const n of sizes) {
  const dir = await siteCopy();
  process.stderr.write(`N=${n}: writing articles in ${dir} …\n`);
  await writeArticles(dir, n);
  process.stderr.write(`N=${n}: clean build …\n`);
  // Profiling slows the build a little; the times then include that.
  const profileDir = join(dir, 'cpu-profiles');
  const nodeFlags = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const siteEnv = { ...env, ...(await npmScriptEnv(dir)) };
  const clean = await measure(process.execPath, [...nodeFlags, astro, 'build'], dir, siteEnv);
  if (clean.code !== 0) {
    console.error(
      clean.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n'),
    );
    throw new Error(`the build with ${n} articles failed`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(clean.lines.map((l) => l.text).join('\n'))?.[1] ?? 0);
  const dist = await folderSize(join(dir, 'dist'));
  const index = await folderSize(join(dir, 'dist/pagefind'));
  const search = await searchBytes(join(dir, 'dist'));
  process.stderr.write(`N=${n}: second build, no change …\n`);
  const again = await measure(process.execPath, [astro, 'build'], dir, siteEnv);
  if (values.profile) profiles[n] = await summariseProfiles(profileDir);
  const ms = (x: number) => Math.round(x);
  results.push({
    articles: n,
    pages,
    cleanBuildMs: ms(clean.wallMs),
    cleanBuildCpuMs: ms(clean.cpuMs),
    phasesMs: Object.fromEntries(Object.entries(phases(clean.lines)).map(([k, v]) => [k, ms(v)])),
    pagesPerSecond: Math.round((pages / clean.wallMs) * 1000),
    peakRssMB: Math.round(clean.peakRssBytes / 2 ** 20),
    distMB: +(dist.bytes / 2 ** 20).toFixed(1),
    distFiles: dist.files,
    searchIndexMB: +(index.bytes / 2 ** 20).toFixed(1),
    searchIndexFiles: index.files,
    rebuildNoChangeMs: ms(again.wallMs),
    rebuildNoChangeCpuMs: ms(again.cpuMs),
    rebuildPhasesMs: Object.fromEntries(Object.entries(phases(again.lines)).map(([k, v]) => [k, ms(v)])),
    rebuildPeakRssMB: Math.round(again.peakRssBytes / 2 ** 20),
    search: search && { word: SEARCH_WORD, ...search, kB: +(search.bytes / 1024).toFixed(1) },
  });
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}

const os = await import('node:os');
// Other builds on the same machine slow a run down: the load average says how busy it was.
const machine = { cpus: os.availableParallelism(), node: process.version, date: new Date().toISOString(), loadAverage: os.loadavg().map((l) => +l.toFixed(2)) };
await mkdir(join(root, 'bench/results'), { recursive: true });
const file = join(root, 'bench/results', `bench-${sizes.join('-')}-${machine.date.replace(/[:.]/g, '-')}.json`);
await writeFile(file, `${JSON.stringify({ machine, results, profiles }, null, 2)}\n`);

const s = (msValue: number) => (msValue / 1000).toFixed(1);
const ASTRO_PHASES = ['startup', 'content', 'bundle', 'render', 'images', 'finish'];
const phaseNames = [...new Set([...ASTRO_PHASES, ...results.flatMap((r) => Object.keys(r.phasesMs))])].filter((p) => results.some((r) => p in r.phasesMs));
const header = [
  'articles',
  'pages',
  'clean s',
  'clean CPU s',
  ...phaseNames.map((p) => `${p} s`),
  'pages/s',
  'peak RSS MB',
  'dist MB',
  'index MB',
  'rebuild s',
  'rebuild CPU s',
  'search kB',
];
const rows = results.map((r) =>
  [
    r.articles,
    r.pages,
    s(r.cleanBuildMs),
    s(r.cleanBuildCpuMs),
    ...phaseNames.map((p) => s(r.phasesMs[p] ?? 0)),
    r.pagesPerSecond,
    r.peakRssMB,
    r.distMB,
    r.searchIndexMB,
    s(r.rebuildNoChangeMs),
    s(r.rebuildNoChangeCpuMs),
    r.search ? r.search.kB : 'n/a',
  ].map(String),
);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log([line(header), `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`, ...rows.map(line)].join('\n'));
for (const [n, profile] of Object.entries(profiles)) {
  const share = ([name, ms]: [string, number]) =>
    `  ${String(Math.round((ms / profile.totalMs) * 100)).padStart(3)}%  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`;
  console.log(`\nCPU profile of the clean build, N=${n} (self time, ${(profile.totalMs / 1000).toFixed(1)} s on all threads)\nby package:`);
  console.log(profile.byPackage.map(share).join('\n'));
  console.log('busiest functions:');
  console.log(profile.byFunction.map(share).join('\n'));
}
console.log(`\n${machine.cpus} CPUs, Node ${machine.node}, load average ${machine.loadAverage.join(' ')} at the end. JSON: ${file}`);
