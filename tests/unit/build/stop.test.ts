import type { AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STOPPED_EXIT_CODE, stopWithReport } from '../../../src/lib/build/stop.ts';
import { root } from '../../support/site.ts';
import { testTempDir } from '../../support/temp-dir.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

const WAITING = '[build] Waiting for integration "content-check", hook "astro:config:setup"...';
const problem = (i: number) =>
  `content/articles/a-${i}.mdx:3 – description has characters that are not UTF-8 text, which would show as “�” – save the file as UTF-8`;

/**
 * A process that stops with a report of 3,000 problems (about 400 KB, far
 * more than a pipe holds) as a build does: its logger writes the report to
 * stderr in one write, as Astro's does, and a timer writes a line to stdout
 * meanwhile, as Astro's "Waiting for integration…" does, then leaves a file.
 */
const STOPPING = `
import { writeFileSync } from 'node:fs';
import { stopWithReport } from ${JSON.stringify(join(root, 'src/lib/build/stop.ts'))};
const [signal, count] = process.argv.slice(1);
const problem = ${problem.toString()};
const report = Array.from({ length: Number(count) }, (_, i) => problem(i)).join('\\n');
const logger = { error: (message) => process.stderr.write('12:00:00 [ERROR] [content-check] ' + message + '\\n') };
setTimeout(() => (process.stdout.write(${JSON.stringify(WAITING)} + '\\n'), writeFileSync(signal, '')), 0);
await stopWithReport(logger, report);
`;

describe('stopWithReport', () => {
  it('prints the report as an error and exits with code 1 once it is written out, throwing nothing for Astro to frame', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as typeof process.exit);
    const error = vi.fn();
    const logger = { error } as unknown as AstroIntegrationLogger;
    await expect(stopWithReport(logger, 'content/articles/x.mdx:2 – pubDate is missing – add it')).rejects.toThrow(`exit ${STOPPED_EXIT_CODE}`);
    expect(error).toHaveBeenCalledWith('content/articles/x.mdx:2 – pubDate is missing – add it');
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('writes a long report whole where stdout and stderr are one pipe (a CI log), even when stdout is written meanwhile', async () => {
    const dir = testTempDir('stop-report');
    const signal = join(dir, 'stdout-written');
    const count = 3_000;
    // One pipe for both streams, made by the shell as `2>&1` in a CI step.
    const child = spawn('sh', ['-c', 'exec "$0" --input-type=module -e "$1" "$2" "$3" 2>&1', process.execPath, STOPPING, signal, String(count)], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // Read nothing until the line on stdout is written (or 3 s have passed), so the report cannot all go out before it.
    for (const end = Date.now() + 3_000; !existsSync(signal) && Date.now() < end;) await new Promise((resolve) => setTimeout(resolve, 20));
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(STOPPED_EXIT_CODE);
    const lines = output.split('\n').filter((line) => line !== '');
    const report = [`12:00:00 [ERROR] [content-check] ${problem(0)}`, ...Array.from({ length: count - 1 }, (_, i) => problem(i + 1))];
    // Every line whole: a problem line, or the stdout line (if its timer ran before the exit) on a line of its own.
    expect(lines.filter((line) => line !== WAITING && !report.includes(line)).map((line) => line.slice(0, 200))).toEqual([]);
    expect(lines.filter((line) => line !== WAITING)).toHaveLength(count);
  });
});
