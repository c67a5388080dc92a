/**
 * `npm run bench -- --n 1000 --baseline <dir> [--runs 3] [--dev]`: this site
 * against a baseline Astro project (the leanest Astro blog), on the same N
 * synthetic post bodies, built in turns (site, baseline, site, baseline …),
 * each clean build with every cache removed. On a shared machine an absolute
 * time says little; the ratio of two builds run side by side says more, so
 * each figure is printed for both with the median of the pairwise ratios.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { root } from '../../tests/support/site.ts';
import { measureDevServer, type DevFigures } from './dev-server.ts';
import { baselineCopy, cleanBuildState, siteCopy } from './copies.ts';
import { measure, phases, type BuildRun } from './measure.ts';
import { npmScriptEnv } from './node-options.ts';
import { siteCourses, writeArticles, writeBaselinePosts } from './synthetic-articles.ts';

export interface SideBySideOptions {
  articles: number;
  baseline: string;
  runs: number;
  dev: boolean;
  keep: boolean;
}

interface Pair {
  site: number;
  baseline: number;
}

export interface Figure {
  name: string;
  unit: 's' | 'MB';
  pairs: Pair[];
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function build(dir: string, label: string): Promise<BuildRun> {
  const run = await measure(process.execPath, [astro, 'build'], dir, { ...env, ...(await npmScriptEnv(dir)) });
  if (run.code !== 0) {
    const tail = run.lines
      .slice(-40)
      .map((l) => l.text)
      .join('\n');
    throw new Error(`${label}: the build failed\n${tail}`);
  }
  return run;
}

const seconds = (ms: number) => ms / 1000;
const megabytes = (bytes: number) => bytes / 2 ** 20;

/** Appends a sentence to an article's body, as an editor's save would. */
async function editBody(file: string, k: number): Promise<void> {
  const source = await readFile(file, 'utf8');
  await writeFile(file, `${source.trimEnd()}\n\nAn edit for the benchmark, number ${k}.\n`);
}

export async function runSideBySide(
  options: SideBySideOptions,
): Promise<{ figures: Figure[]; dev?: { site: DevFigures; baseline: DevFigures }; load: number[][] }> {
  const load = [loadavg()];
  const site = await siteCopy();
  const baseline = await baselineCopy(resolve(options.baseline));
  const n = options.articles;
  process.stderr.write(`${n} articles: site copy ${site}, baseline copy ${baseline}\n`);
  await writeArticles(site, n);
  await writeBaselinePosts(baseline, n, await siteCourses(site));
  const edited = join(site, 'content/articles', `bench-article-${Math.floor(n / 2)}.mdx`);

  const figures: Record<string, Figure> = {};
  const add = (name: string, unit: Figure['unit'], pair: Pair) => (figures[name] ??= { name, unit, pairs: [] }).pairs.push(pair);
  const phaseRows: Record<string, number>[] = [];
  for (let run = 1; run <= options.runs; run++) {
    process.stderr.write(`run ${run}/${options.runs}: site clean build …\n`);
    await cleanBuildState(site);
    const siteClean = await build(site, 'site');
    phaseRows.push(phases(siteClean.lines));
    process.stderr.write(`run ${run}/${options.runs}: baseline clean build …\n`);
    await cleanBuildState(baseline);
    const baseClean = await build(baseline, 'baseline');
    process.stderr.write(`run ${run}/${options.runs}: site rebuild with no change, then after one body edit …\n`);
    const siteAgain = await build(site, 'site rebuild');
    await editBody(edited, run);
    const siteEdited = await build(site, 'site rebuild after an edit');
    add('clean build, wall', 's', { site: seconds(siteClean.wallMs), baseline: seconds(baseClean.wallMs) });
    add('clean build, CPU', 's', { site: seconds(siteClean.cpuMs), baseline: seconds(baseClean.cpuMs) });
    add('clean build, peak RSS', 'MB', { site: megabytes(siteClean.peakRssBytes), baseline: megabytes(baseClean.peakRssBytes) });
    add("rebuild, no change (vs the baseline's clean build)", 's', { site: seconds(siteAgain.wallMs), baseline: seconds(baseClean.wallMs) });
    add("rebuild after one body edit (vs the baseline's clean build)", 's', { site: seconds(siteEdited.wallMs), baseline: seconds(baseClean.wallMs) });
  }
  let dev: { site: DevFigures; baseline: DevFigures } | undefined;
  if (options.dev) {
    const page = `/blog/bench-article-${Math.floor(n / 3)}/`;
    const file = (dir: string) => `${dir === site ? 'content/articles' : 'src/content/blog'}/bench-article-${Math.floor(n / 3)}.mdx`;
    const devRuns: { site: DevFigures[]; baseline: DevFigures[] } = { site: [], baseline: [] };
    for (let run = 1; run <= options.runs; run++) {
      for (const [label, dir] of [
        ['site', site],
        ['baseline', baseline],
      ] as const) {
        process.stderr.write(`run ${run}/${options.runs}: ${label} dev server …\n`);
        await cleanBuildState(dir);
        devRuns[label].push(await measureDevServer(dir, page, file(dir)));
      }
    }
    for (let i = 0; i < options.runs; i++) {
      const s = devRuns.site[i]!;
      const b = devRuns.baseline[i]!;
      add('dev: first request of an article', 's', { site: seconds(s.firstRequestMs), baseline: seconds(b.firstRequestMs) });
      add('dev: save an article, served again', 's', { site: seconds(median(s.saveToServedMs)), baseline: seconds(median(b.saveToServedMs)) });
    }
    dev = { site: devRuns.site.at(-1)!, baseline: devRuns.baseline.at(-1)! };
  }
  load.push(loadavg());
  if (!options.keep) await Promise.all([rm(site, { recursive: true, force: true }), rm(baseline, { recursive: true, force: true })]);
  const phaseNames = [...new Set(phaseRows.flatMap((r) => Object.keys(r)))];
  const sitePhases: Figure[] = phaseNames.map((p) => ({
    name: `site phase: ${p}`,
    unit: 's',
    pairs: phaseRows.map((r) => ({ site: seconds(r[p] ?? 0), baseline: Number.NaN })),
  }));
  return { figures: [...Object.values(figures), ...sitePhases], ...(dev ? { dev } : {}), load };
}

/** One row per figure: the site's and the baseline's medians and the median of the pairwise ratios. */
export function sideBySideTable(figures: readonly Figure[]): string {
  const header = ['figure', 'site', 'baseline', 'ratio'];
  const rows = figures.map((f) => {
    const value = (x: number) => (Number.isNaN(x) ? '' : f.unit === 's' ? `${x.toFixed(2)} s` : `${Math.round(x)} MB`);
    const ratios = f.pairs.filter((p) => !Number.isNaN(p.baseline)).map((p) => p.site / p.baseline);
    return [
      f.name,
      value(median(f.pairs.map((p) => p.site))),
      value(median(f.pairs.map((p) => p.baseline))),
      ratios.length ? `${median(ratios).toFixed(2)}×` : '',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}
