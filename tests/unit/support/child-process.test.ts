/**
 * How tests read a child process's output (tests/support/child-process.ts):
 * a long line written in pieces, with a line on the other stream in between
 * and a character cut in two, must come out whole (issue 20: a build's
 * report line was read as two lines on a busy machine).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChild, startChild } from '../../support/child-process.ts';
import { testTempDir } from '../../support/temp-dir.ts';

/** A problem line as the content checks print it, long enough to be read in several pieces. */
const HEAD = 'content/articles/x.mdx:3 – description has characters that are not UTF-8 text, which would show as “�” – save the file as UTF-8 ';
const REPEATS = 40_000;
const LINE = `${HEAD}${'–é'.repeat(REPEATS)}`;
/** Makes LINE in the child from HEAD and REPEATS (an argument holds at most 128 KiB). */
const MAKE_LINE = `const line = process.argv[1] + '–é'.repeat(Number(process.argv[2]));`;
const STDOUT_LINE = '[build] a line on stdout';

/**
 * A child that writes LINE to stderr in two parts cut inside the bytes of "–",
 * and a line to stdout between them; after each write it waits until the test
 * has seen that write arrive (a file appears), so the pieces reach the reader
 * in this order however busy the machine is.
 */
const PIECES = `
const { existsSync, writeSync } = require('node:fs');
${MAKE_LINE}
const [dir, stdoutLine] = process.argv.slice(3);
const seen = (name) => { while (!existsSync(dir + '/' + name)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); };
const bytes = Buffer.from(line + '\\n');
const cut = bytes.indexOf(Buffer.from('–')) + 1;
writeSync(2, bytes.subarray(0, cut));
seen('first-part');
writeSync(1, stdoutLine + '\\n');
seen('stdout-line');
writeSync(2, bytes.subarray(cut));
`;

describe('startChild', () => {
  it('keeps a line whole when it arrives in pieces, a character is cut between them and the other stream writes in between', async () => {
    const dir = testTempDir('child-output');
    const child = startChild(process.execPath, ['-e', PIECES, HEAD, String(REPEATS), dir, STDOUT_LINE]);
    await child.waitFor(/^content\/articles\/x\.mdx:3 /);
    await writeFile(join(dir, 'first-part'), '');
    await child.waitFor(/a line on stdout/);
    await writeFile(join(dir, 'stdout-line'), '');
    const result = await child.closed;
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`${LINE}\n`);
    expect(result.stdout).toBe(`${STDOUT_LINE}\n`);
    expect(result.output.split('\n')).toEqual(expect.arrayContaining([LINE, STDOUT_LINE]));
    expect(result.output.split('\n').filter((l) => l !== '')).toHaveLength(2);
  });

  it('rejects a wait for a line the process never prints once it has ended', async () => {
    const child = startChild(process.execPath, ['-e', 'console.log("something else")']);
    await expect(child.waitFor(/never printed/)).rejects.toThrow(/ended before/);
  });
});

describe('runChild', () => {
  it('reads one write larger than a pipe holds, while the other stream writes, as one line with no character cut', async () => {
    // Node writes to a pipe synchronously: the stdout lines wait in their pipe while the reader takes the long line in pieces.
    const script = `${MAKE_LINE} const out = '${STDOUT_LINE}\\n'.repeat(100); process.stdout.write(out); process.stderr.write(line + '\\n'); process.stdout.write(out);`;
    const result = await runChild(process.execPath, ['-e', script, HEAD, String(REPEATS)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`${LINE}\n`);
    expect(result.stdout).toBe(`${STDOUT_LINE}\n`.repeat(200));
    expect(result.output.split('\n')).toContain(LINE);
  });

  it('ends a process still running after its time, with code -1', async () => {
    const result = await runChild(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {}, 200);
    expect(result.code).toBe(-1);
  });
});
