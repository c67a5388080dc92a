/**
 * The import graph of src/, read from the sources' own import statements
 * (relative specifiers only; packages are leaves named as written), for the
 * tests that keep the layout honest: no cycles, light pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { root } from './site.ts';

const SOURCE = /\.(ts|mjs|js|astro)$/;
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Code only: comments and the Astro template's markup are not imports. */
function code(file: string, text: string): string {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  if (!file.endsWith('.astro')) return withoutComments;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(withoutComments)?.[1] ?? '';
  const scripts = [...withoutComments.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Each file of src/ with what it imports: repository paths for our files, package names for the rest. Type-only imports are left out: they vanish at build. */
export function sourceGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles('src')) {
    const text = code(file, readFileSync(join(root, file), 'utf8'));
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      if (/^\s*;?\s*(import|export)\s+type\s/.test(m[0])) continue;
      const spec = (m[1] ?? m[2] ?? '').replace(/\?.*$/, '');
      if (!spec) continue;
      targets.push(
        spec.startsWith('.')
          ? relative(root, resolve(root, dirname(file), spec))
              .split(sep)
              .join('/')
          : spec,
      );
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Every file and package reachable from `start`. */
export function reachable(graph: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
  return seen;
}

/** The import cycles among our files, each as the list of files around it. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (state.get(target) === 'open') found.push([...path.slice(path.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}
