/**
 * Measuring a build from outside: wall time, peak memory of the whole process
 * tree (Astro and any child such as Pagefind's binary), and where the time
 * goes, read from when each log line arrives.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface LogLine {
  /** Milliseconds since the build started. */
  at: number;
  text: string;
}

export interface BuildRun {
  code: number;
  wallMs: number;
  peakRssBytes: number;
  /** CPU time (user + system) of the command and every child it waited for. */
  cpuMs: number;
  lines: LogLine[];
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU time of this process's waited-for children so far (cutime + cstime in /proc/self/stat). */
async function childrenCpuMs(): Promise<number> {
  const fields = (await readFile('/proc/self/stat', 'utf8')).replace(/^.*\) /s, '').split(' ');
  // After the name: state is field 3, cutime and cstime are fields 16 and 17.
  return ((Number(fields[13]) + Number(fields[14])) / ticksPerSecond) * 1000;
}

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const lists = await Promise.all(tasks.map((t) => readFile(`/proc/${pid}/task/${t}/children`, 'utf8').catch(() => '')));
  return lists.flatMap((l) => l.split(/\s+/).filter(Boolean).map(Number));
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
async function treeRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const children = await childrenOf(pid);
  const rest = await Promise.all(children.map(treeRss));
  return kb * 1024 + rest.reduce((a, b) => a + b, 0);
}

/** Runs a command, timestamping its output lines and sampling the tree's memory every 100 ms. */
/** `env` is added to this process's environment; a variable given as undefined is left out. */
export function measure(command: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<BuildRun> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: LogLine[] = [];
    let peak = 0;
    let partial = '';
    const onData = (d: Buffer) => {
      const at = performance.now() - start;
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) if (text.trim()) lines.push({ at, text });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const sampler = setInterval(() => {
      if (child.pid) void treeRss(child.pid).then((rss) => (peak = Math.max(peak, rss)));
    }, 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - start;
      if (partial.trim()) lines.push({ at: wallMs, text: partial });
      Promise.all([cpuBefore, childrenCpuMs()]).then(
        ([before, after]) => done({ code: code ?? 1, wallMs, peakRssBytes: peak, cpuMs: after - before, lines }),
        fail,
      );
    });
  });
}

/**
 * Where the build's time goes: each log line is credited with the time since
 * the line before it (the work it reports on). Astro's own lines fall into
 * startup (config, Vite), content sync, bundling (Vite compiles every page and
 * MDX file), rendering (the route list), images and finishing;
 * integrations tag their lines with their own name ([pagefind], [sitemap], …),
 * so a new build step shows up as its own phase.
 */
export function phases(lines: LogLine[]): Record<string, number> {
  const result: Record<string, number> = {};
  let previous = 0;
  let stage: 'startup' | 'bundle' | 'routes' | 'images' | 'after' = 'startup';
  for (const { at, text } of lines) {
    const tag = /^[\d:]*\s*(?:\[WARN\]\s*)?\[([^\]]+)\]/.exec(text)?.[1];
    if (/generating static routes/.test(text)) stage = 'routes';
    else if (/generating optimized images/.test(text)) stage = 'images';
    else if (tag === 'build' && stage === 'startup') stage = 'bundle';
    // Rendering ends at its "✓ Completed in" line: pages may log tagged lines while they render.
    else if (tag && stage === 'images') stage = 'after';
    let phase: string;
    if (tag === 'content' || tag === 'types') phase = 'content';
    else if (stage === 'startup' || stage === 'bundle') phase = stage;
    else if (stage === 'routes') phase = 'render';
    else if (stage === 'images') phase = 'images';
    // Astro says which integration it is waiting for when a hook takes over 3 s: that time is the integration's.
    else phase = /Waiting for integration "([^"]+)"/.exec(text)?.[1] ?? (tag === 'build' || tag === 'vite' || !tag ? 'finish' : tag);
    if (stage === 'routes' && /✓ Completed in/.test(text)) stage = 'after';
    result[phase] = (result[phase] ?? 0) + (at - previous);
    previous = at;
  }
  return result;
}

export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  let bytes = 0;
  let files = 0;
  for (const e of entries) {
    if (!e.isFile()) continue;
    bytes += (await stat(join(e.parentPath, e.name))).size;
    files++;
  }
  return { bytes, files };
}
