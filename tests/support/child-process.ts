/**
 * Running a child process from a test and reading what it prints.
 *
 * Each stream is read on its own and decoded as a stream: a pipe hands its
 * bytes over in pieces of whatever size the kernel had ready (a long write is
 * read in several pieces, more of them on a busy machine), so appending every
 * piece of both streams to one string, each piece decoded alone, cut a long
 * line in two wherever a piece of the other stream arrived in between, and a
 * character whose bytes fell in two pieces became "�" (issue 20). Reading the
 * streams apart, each through Node's UTF-8 stream decoder (setEncoding), keeps
 * every line whole whatever the load. The two are not merged into one pipe
 * by the operating system (`2>&1`) because that takes a shell, and because
 * Astro writes errors to stderr and everything else to stdout: a test can say
 * which stream a message must be on, and compare the order of messages within
 * one stream, the only order a pipe keeps.
 */
import { spawn } from 'node:child_process';

export interface ChildOutput {
  stdout: string;
  stderr: string;
  /** stdout, then stderr: each whole, but nothing tells which of two lines on different streams came first. */
  output: string;
}

export interface ChildResult extends ChildOutput {
  /** The exit code; -1 if the process was ended after `timeoutMs`. */
  code: number;
}

export interface RunningChild {
  output: () => ChildOutput;
  /** Resolves when stdout or stderr so far matches `pattern`; rejects if the process ends first or `timeoutMs` passes. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
  /** Resolves with the result once the process has ended (by itself, or by `stop`). */
  closed: Promise<ChildResult>;
  stop: () => Promise<ChildResult>;
}

export interface ChildOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** How long waitFor waits by default: a dev server starting on a busy machine, with room to spare. */
export const WAIT_FOR_MS = 180_000;

/** Starts `command` and reads its stdout and stderr, each on its own, as UTF-8 streams. */
export function startChild(command: string, args: readonly string[], options: ChildOptions = {}): RunningChild {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const text = { stdout: '', stderr: '' };
  let ended = false;
  let killed = false;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const current = (): ChildOutput => ({ ...text, output: text.stdout + text.stderr });
  for (const name of ['stdout', 'stderr'] as const) {
    const stream = child[name];
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => ((text[name] += chunk), changed()));
  }
  // 'close' comes after both streams have ended, so nothing printed is missing; a process
  // that could not start ('error') closes too.
  const closed = new Promise<ChildResult>((done) =>
    child.on('close', (code) => {
      ended = true;
      changed();
      done({ ...current(), code: killed ? -1 : (code ?? 1) });
    }),
  );
  child.on('error', (error) => (text.stderr += `\n${error.message}\n`));
  return {
    output: current,
    closed,
    waitFor: (pattern, timeoutMs = WAIT_FOR_MS) =>
      new Promise((done, fail) => {
        const timer = setTimeout(() => finish(new Error(`no ${pattern} within ${timeoutMs} ms:\n${current().output}`)), timeoutMs);
        const check = () => {
          if (pattern.test(text.stdout) || pattern.test(text.stderr)) finish();
          else if (ended) finish(new Error(`${command} ended before ${pattern}:\n${current().output}`));
        };
        function finish(error?: Error) {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) fail(error);
          else done();
        }
        listeners.add(check);
        check();
      }),
    stop: () => {
      if (!ended) ((killed = true), child.kill());
      return closed;
    },
  };
}

/** Runs `command` to its end; one still running after `timeoutMs` (0: no limit) is ended, with code -1. Never throws. */
export async function runChild(command: string, args: readonly string[], options: ChildOptions = {}, timeoutMs = 0): Promise<ChildResult> {
  const child = startChild(command, args, options);
  const timer = timeoutMs ? setTimeout(() => void child.stop(), timeoutMs) : undefined;
  const result = await child.closed;
  clearTimeout(timer);
  return result;
}
