/**
 * Summarises V8 CPU profiles (node --cpu-prof) of a build: self time by
 * package (or by src/ file) and the busiest functions, to show where the
 * time goes when a benchmark target is missed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface ProfileSummary {
  totalMs: number;
  byPackage: [string, number][];
  byFunction: [string, number][];
}

/** "astro", "@astrojs/mdx", "src/lib/content/related.ts", "(node)" or "(idle/gc)" for a frame's URL. */
export function owner(url: string): string {
  if (!url) return '(native, gc, idle)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (path.startsWith('node:')) return '(node)';
  const src = /\/(src\/.+?)(?:\?.*)?$/.exec(path);
  return src ? src[1]! : path.split('/').slice(-2).join('/');
}

function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => [k, Math.round(v)]);
}

export async function summariseProfiles(dir: string, n = 12): Promise<ProfileSummary> {
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
    const msPerSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
    for (const node of profile.nodes) {
      const ms = (node.hitCount ?? 0) * msPerSample;
      if (!ms) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const who = owner(url);
      totalMs += ms;
      byPackage.set(who, (byPackage.get(who) ?? 0) + ms);
      const fn = `${functionName || '(anonymous)'} ${who}${url ? `:${lineNumber + 1}` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    }
  }
  return { totalMs: Math.round(totalMs), byPackage: top(byPackage, n), byFunction: top(byFunction, n) };
}
