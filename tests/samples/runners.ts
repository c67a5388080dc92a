/**
 * Running code samples: programs in child processes with a time limit, server
 * samples on a free port, HTTP messages through Node's own HTTP parser, and a
 * folder inside the repository for sample files (so `import 'express'` finds
 * the devDependencies; nothing is fetched at test time).
 */
import { execFile, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http';
import { connect, createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { root } from '../support/site.ts';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program without a shell; never throws for a non-zero exit. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Fails with the program's output when it did not exit with 0. */
export function expectSuccess(result: RunResult, what: string): void {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
}

/** Variables Vitest sets for itself; a sample's own `vitest run` must not inherit them. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  for (const key of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']) delete env[key];
  return { ...env, ...extra };
}

/** A folder under the repository's .cache/ (ignored by git), removed by remove(). */
export function workspace(): { dir: string; write(path: string, text: string): string; remove(): void } {
  const base = join(root, '.cache', 'code-samples');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'run-'));
  return {
    dir,
    write(path, text) {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      return full;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface RunningServer {
  /** The port the sample asked for (its article's claim). */
  requestedPort: number | undefined;
  /** http://127.0.0.1:PORT, where it really listens. */
  origin: string;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

/** Starts a server sample with Node and waits until it listens (see listen-anywhere.ts). */
export function startServer(file: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = fork(file, [], {
    cwd: dirname(file),
    env: cleanEnv(env),
    execArgv: ['--import', join(import.meta.dirname, 'listen-anywhere.ts')],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${file} did not start listening within 20 s:\n${output}`));
    }, 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited with ${code} before listening:\n${output}`));
    });
    child.once('message', (message: { requested?: number; port: number }) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ requestedPort: message.requested, port: message.port, origin: `http://127.0.0.1:${message.port}`, output: () => output, stop });
    });
  });
}

/** A wire-format example as bytes: the article shows lines ending in LF, HTTP/1.1 sends CRLF. */
function wireBytes(message: string): Buffer {
  const [head = '', ...body] = message.split(/\n\n/);
  return Buffer.from(`${head.replace(/\n/g, '\r\n')}\r\n\r\n${body.join('\n\n')}`);
}

export interface ParsedMessage {
  startLine: {
    method?: string | undefined;
    url?: string | undefined;
    statusCode?: number | undefined;
    statusMessage?: string | undefined;
    httpVersion: string;
  };
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request example read by Node's HTTP server parser (llhttp), as a server would read it. */
export function parseHttpRequest(message: string): Promise<ParsedMessage> {
  return new Promise((resolve, reject) => {
    const server = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        res.writeHead(204).end();
        server.close();
        resolve({ startLine: { method: req.method, url: req.url, httpVersion: req.httpVersion }, headers: req.headers, body });
      });
    });
    server.on('clientError', (error) => {
      server.close();
      reject(new Error(`not a valid HTTP request: ${error.message}`));
    });
    server.listen(0, '127.0.0.1', () => {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.end(wireBytes(message)));
      socket.on('error', () => undefined);
      socket.resume();
    });
  });
}

/** A response example read by Node's HTTP client parser (llhttp), as a client would read it. */
export function parseHttpResponse(message: string): Promise<ParsedMessage> {
  return parseResponseBytes(wireBytes(message));
}

function parseResponseBytes(bytes: Buffer): Promise<ParsedMessage> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.end(bytes));
    server.listen(0, '127.0.0.1', () => {
      const req = request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: '/' }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          server.close();
          resolve({ startLine: { statusCode: res.statusCode, statusMessage: res.statusMessage, httpVersion: res.httpVersion }, headers: res.headers, body });
        });
        res.on('error', reject);
      });
      req.on('error', (error) => {
        server.close();
        reject(new Error(`not a valid HTTP response: ${error.message}`));
      });
      req.end();
    });
  });
}

/** Sends a request example's bytes as they are to a running server, and reads the answer with Node's parser. */
export function sendRawRequest(port: number, message: string): Promise<{ statusCode: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    let raw = Buffer.alloc(0);
    const socket = connect(port, '127.0.0.1', () => socket.write(wireBytes(message)));
    socket.on('data', (chunk: Buffer) => {
      raw = Buffer.concat([raw, chunk]);
      // One response is enough: hand its bytes to the client parser.
      const text = raw.toString();
      const end = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end))?.[1];
      if (end >= 0 && length !== undefined && raw.length >= Buffer.byteLength(text.slice(0, end + 4)) + Number(length)) {
        socket.destroy();
        parseResponseBytes(raw).then((parsed) => resolve({ statusCode: parsed.startLine.statusCode ?? 0, headers: parsed.headers, body: parsed.body }), reject);
      }
    });
    socket.on('error', reject);
  });
}
