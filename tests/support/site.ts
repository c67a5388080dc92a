/**
 * Building and serving the site from tests. Everything talks to 127.0.0.1 only.
 */
import { cp, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type ChildResult, type RunningChild, runChild, startChild } from './child-process.ts';

export const root = resolve(import.meta.dirname, '../..');
export const distDir = join(root, 'dist');

/** What a build or another astro command printed (each stream whole, see ./child-process.ts) and its exit code. */
export type BuildResult = ChildResult;

/**
 * Variables Vitest sets in process.env for its own Vite. A build inheriting
 * them would take them as its own import.meta.env (BASE_URL "/" would undo
 * BASE_PATH; NODE_ENV "test" makes import.meta.env.DEV true in a production
 * build), and an `astro dev` that sees VITEST serves no page at all (Astro's
 * dev server leaves requests to a test runner then), so they are dropped.
 */
const VITEST_VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const key of VITEST_VITE_ENV) delete env[key];
  return { ...env, ...extra };
}

const ASTRO = join(root, 'node_modules/.bin/astro');

/** Runs `astro build` in `cwd` with extra environment variables; never throws. */
export function runBuild(cwd: string, env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
  return runAstro(cwd, ['build', ...args], env);
}

/**
 * Runs an astro command in `cwd`; never throws. One that is still running
 * after `timeoutMs` (a dev server that did not stop) is ended, with code -1.
 */
export function runAstro(cwd: string, args: string[], env: Record<string, string> = {}, timeoutMs = 0): Promise<BuildResult> {
  return runChild(ASTRO, args, { cwd, env: buildEnv(env) }, timeoutMs);
}

export type RunningAstro = RunningChild;

/** Starts a long-running astro command (a dev server) in `cwd`. */
export function startAstro(cwd: string, args: string[]): RunningAstro {
  return startChild(ASTRO, args, { cwd, env: buildEnv({}) });
}

export interface DevServer {
  dev: RunningAstro;
  /** e.g. http://127.0.0.1:40123/ */
  url: string;
}

/**
 * Starts `astro dev` in `cwd` on a port the system picks, and resolves once
 * it serves, with the URL it printed. A fixed port would clash with a second
 * test run on the same machine: the dev server would move to another port, or
 * the test would talk to the other run's server.
 */
export async function startDevServer(cwd: string): Promise<DevServer> {
  const dev = startAstro(cwd, ['dev', '--host', '127.0.0.1', '--port', '0']);
  try {
    await dev.waitFor(/watching for file changes/);
    const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(dev.output().stdout)?.[1];
    if (!url) throw new Error(`astro dev printed no local URL:\n${dev.output().output}`);
    return { dev, url };
  } catch (error) {
    await dev.stop();
    throw error;
  }
}

/**
 * Saves `text` to `file` as an editor would, and saves it again every
 * `everyMs` until `seen()` holds (checked every 250 ms) or `timeoutMs` passes.
 * `astro dev` says "watching for file changes" before its file watcher has
 * read every folder, and on a busy machine a save in that gap goes unnoticed:
 * an editor would save again.
 */
export async function saveUntil(file: string, text: string, seen: () => boolean | Promise<boolean>, timeoutMs = 150_000, everyMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let nextSave = 0;
  for (;;) {
    if (Date.now() >= nextSave) {
      await writeFile(file, text);
      nextSave = Date.now() + everyMs;
    }
    if (await seen()) return;
    if (Date.now() > end) throw new Error(`saving ${file} had no effect within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The parts of the repo a build needs; node_modules is linked, not copied. */
const SITE_FILES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', '.npmrc', 'tsconfig.json', 'published-urls.txt'];

/** A throwaway copy of the site to break or extend; remove it with `rm`. */
export async function copySite(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'site-copy-'));
  for (const f of SITE_FILES) await cp(join(root, f), join(dir, f), { recursive: true });
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export async function removeCopy(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built `dist/` like a static host: directory index, 404.html for
 * anything missing, and an optional base path the site was built for.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = async (file: string, status: number) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    };
    if (!path.startsWith(prefix)) return send(join(dir, '404.html'), 404);
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return send(join(dir, '404.html'), 404);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      return send(file, 200);
    } catch {
      return send(join(dir, '404.html'), 404);
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
