/**
 * The editor's wait under `astro dev`: how long the first request of an
 * article takes once the server is up, and how long after a save the article
 * is served with the change. Talks only to 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { npmScriptEnv } from './node-options.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { root } from '../../tests/support/site.ts';

export interface DevFigures {
  /** From the server saying it is ready to the first article's HTML fully received. */
  firstRequestMs: number;
  /** For each save: from writing the file to the article being served with the change. */
  saveToServedMs: number[];
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function fetchText(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  return { status: response.status, text: await response.text() };
}

/**
 * Starts `astro dev` in `dir`, requests `pagePath` once, then saves
 * `sourceFile` (relative to `dir`) `saves` times with a new line at the end
 * and times each until the page shows it.
 */
export async function measureDevServer(dir: string, pagePath: string, sourceFile: string, saves = 3, timeoutMs = 120_000): Promise<DevFigures> {
  const port = await freePort();
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...(await npmScriptEnv(dir)) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  const ready = new Promise<void>((done, fail) => {
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes(`127.0.0.1:${port}`)) done();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`astro dev exited (${code}) before it was ready:\n${log.slice(-2000)}`)));
  });
  const url = `http://127.0.0.1:${port}${pagePath}`;
  const file = join(dir, sourceFile);
  const original = await readFile(file, 'utf8');
  try {
    await Promise.race([ready, sleep(timeoutMs).then(() => Promise.reject(new Error(`astro dev was not ready in ${timeoutMs} ms:\n${log.slice(-2000)}`)))]);
    const start = performance.now();
    const first = await fetchText(url);
    const firstRequestMs = performance.now() - start;
    if (first.status !== 200) throw new Error(`${url} answered ${first.status} under astro dev:\n${first.text.slice(0, 500)}`);
    const saveToServedMs: number[] = [];
    for (let k = 0; k < saves; k++) {
      const marker = `Benchmark edit ${k} ${Date.now()}`;
      const saved = performance.now();
      await writeFile(file, `${original.trimEnd()}\n\n${marker}.\n`);
      for (;;) {
        if (performance.now() - saved > timeoutMs) throw new Error(`the edit to ${sourceFile} was not served in ${timeoutMs} ms`);
        const page = await fetchText(url).catch(() => ({ status: 0, text: '' }));
        if (page.text.includes(marker)) break;
        await sleep(25);
      }
      saveToServedMs.push(performance.now() - saved);
      // Let the watcher settle before the next save, as an editor would between saves.
      await sleep(500);
    }
    return { firstRequestMs, saveToServedMs };
  } finally {
    await writeFile(file, original);
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(undefined)));
  }
}
