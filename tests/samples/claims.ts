/**
 * What the articles say their samples do, checked against what the samples
 * really do. Keyed by `slug#n`, the n-th code block of content/…/slug.mdx. A
 * JavaScript sample needs an entry here (running a program proves little
 * without the requests its article describes); SQL and Python samples may add
 * one on top of their language's rule (code-samples.test.ts).
 */
import type { Client } from 'pg';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { root } from '../support/site.ts';
import { cleanEnv, expectSuccess, parseHttpRequest, parseHttpResponse, run, sendRawRequest, startServer, type RunningServer } from './runners.ts';
import type { Sample } from './samples.ts';

export interface CheckContext {
  sample: Sample;
  /** Another code block of the same file, by its 1-based position. */
  sibling(index: number): Sample;
  /** Writes a file into this check's own folder (inside the repository, removed afterwards); returns its path. */
  write(path: string, text: string): string;
  /** The folder write() writes into. */
  dir: string;
  /** postgres://… of the file's database, where its SQL samples ran. */
  database(): Promise<string>;
}

/** Samples marked `partial`: each is listed here, so a new one is seen in review (docs/editing.md, "Code samples"). */
export const PARTIAL_SAMPLES = ['build-a-backend-project-and-portfolio#1'];

async function json(origin: string, path: string, init?: RequestInit): Promise<{ status: number; body: unknown; text: string }> {
  const response = await fetch(origin + path, init);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

const post = (body: string): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

/** Starts a sample as the article says (saved as `file`), runs `use`, and always stops it. */
async function withServer(ctx: CheckContext, file: string, use: (server: RunningServer) => Promise<void>, env: Record<string, string> = {}): Promise<void> {
  const server = await startServer(ctx.write(file, ctx.sample.code), env);
  try {
    await use(server);
  } finally {
    await server.stop();
  }
}

/** Every error an Express sample sends is JSON of the form {"error": "…"} (what-is-a-rest-api, "Designing good endpoints"). */
function expectJsonError(answer: { status: number; body: unknown; text: string }, status: number): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.body, answer.text).toEqual({ error: expect.any(String) });
}

/** The first Markdown table after a sample, as rows of cell text (header row included). */
function tableAfter(sample: Sample): string[][] {
  const text = readFileSync(join(root, sample.file), 'utf8');
  const tree = sample.file.endsWith('.mdx') ? mdxToMdast(text) : markdownToMdast(text);
  const textOf = (node: MdastNode): string =>
    'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as MdastNode[]).map(textOf).join('') : '';
  const children = 'children' in tree ? (tree.children as MdastNode[]) : [];
  const table = children.find((node) => node.type === 'table' && (node.position?.start.line ?? 0) > sample.line);
  if (!table || !('children' in table)) throw new Error(`no table after ${sample.file}:${sample.line}`);
  return (table.children as MdastNode[]).map((row) => ('children' in row ? (row.children as MdastNode[]).map((cell) => textOf(cell).trim()) : []));
}

/** prevent-double-bookings: "npm init -y, then npm pkg set type=module". */
const STUDENT_ESM_PACKAGE = '{ "type": "module" }\n';

export const JS_CHECKS: Record<string, (ctx: CheckContext) => Promise<void>> = {
  // The seed article: open /api/hello?name=Vadodara on port 3000 and see {"message":"Hello, Vadodara!"}.
  'how-to-become-a-backend-developer#1': (ctx) =>
    withServer(ctx, 'server.mjs', async (server) => {
      expect(server.requestedPort).toBe(3000);
      expect((await json(server.origin, '/api/hello?name=Vadodara')).text).toBe('{"message":"Hello, Vadodara!"}');
      expect((await json(server.origin, '/api/hello')).body).toEqual({ message: 'Hello, world!' });
      expectJsonError(await json(server.origin, '/api/goodbye'), 404);
    }),

  // REST article: the curl session it describes, the wire example sent as it is, and JSON errors throughout.
  'what-is-a-rest-api#3': (ctx) =>
    withServer(ctx, 'server.mjs', async (server) => {
      expect(server.requestedPort).toBe(3000);
      const one = await json(server.origin, '/api/courses/1');
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ id: 1, title: expect.any(String) });

      const created = await fetch(server.origin + '/api/courses', post('{"title": "REST API Development", "level": "intermediate"}'));
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toBe('/api/courses/2');
      expect(await created.json()).toEqual({ id: 2, title: 'REST API Development', level: 'intermediate' });

      const cutOff = await json(server.origin, '/api/courses', post('{"title": '));
      expectJsonError(cutOff, 400);
      expect(cutOff.body).toEqual({ error: 'Request body is not valid JSON' });
      expectJsonError(await json(server.origin, '/api/courses', post('{"title": "   "}')), 400);
      expectJsonError(await json(server.origin, '/api/courses', post('{}')), 400);
      expectJsonError(await json(server.origin, '/api/courses', post('{"title": "Go", "level": "expert"}')), 400);
      expectJsonError(await json(server.origin, '/api/courses', post('{"title": "Go", "level": 42}')), 400);
      expectJsonError(await json(server.origin, '/api/courses/99'), 404);
      expectJsonError(await json(server.origin, '/api/nothing-here'), 404);

      // "Here is what creating a course looks like on the wire": the request example, byte for byte,
      // gets the answer the response example shows (the same status, headers and fields; another id).
      const wireRequest = ctx.sibling(1);
      const wireResponse = await parseHttpResponse(ctx.sibling(2).code);
      const answer = await sendRawRequest(server.port, wireRequest.code);
      expect(answer.statusCode).toBe(wireResponse.startLine.statusCode);
      expect(answer.headers['location']).toMatch(/^\/api\/courses\/\d+$/);
      expect(answer.headers['content-type']).toContain(String(wireResponse.headers['content-type']));
      expect(Object.keys(JSON.parse(answer.body) as object).sort()).toEqual(Object.keys(JSON.parse(wireResponse.body) as object).sort());
    }),

  // Frameworks article: middleware logs each request; the POST refuses a title of spaces and a non-text author.
  'backend-frameworks-for-beginners#1': (ctx) =>
    withServer(ctx, 'server.mjs', async (server) => {
      expect(server.requestedPort).toBe(3000);
      expectJsonError(await json(server.origin, '/api/books', post('{"title": "   "}')), 400);
      expectJsonError(await json(server.origin, '/api/books', post('{"title": "Godaan", "author": 42}')), 400);
      expectJsonError(await json(server.origin, '/api/books', post('{"title": ')), 400);
      const created = await json(server.origin, '/api/books', post('{"title": "  Godaan ", "author": "Premchand"}'));
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ id: 1, title: 'Godaan', author: 'Premchand' });
      expect((await json(server.origin, '/api/books/1')).body).toEqual(created.body);
      expectJsonError(await json(server.origin, '/api/books/2'), 404);
      expectJsonError(await json(server.origin, '/api/authors'), 404);
      expect(server.output()).toContain('POST /api/books');
    }),

  // Deploy article: the port comes from PORT (3000 without it), and /health answers without calling anything.
  'deploy-your-first-backend-app#1': async (ctx) => {
    await withServer(ctx, 'server.mjs', async (server) => expect(server.requestedPort).toBe(3000));
    await withServer(
      ctx,
      'server.mjs',
      async (server) => {
        expect(server.requestedPort).toBe(8080);
        expect((await json(server.origin, '/health')).body).toEqual({ status: 'ok' });
        expect((await json(server.origin, '/api/hello')).body).toEqual({ message: 'Hello, world!' });
        expectJsonError(await json(server.origin, '/nothing-here'), 404);
      },
      { PORT: '8080' },
    );
  },

  // prevent-double-bookings: src/db.js connects with DATABASE_URL.
  'prevent-double-bookings#2': async (ctx) => {
    ctx.write('package.json', STUDENT_ESM_PACKAGE);
    const file = ctx.write('src/db.js', ctx.sample.code);
    const probe = ctx.write(
      'probe.mjs',
      `import { pool } from './src/db.js';\nconst { rows } = await pool.query('SELECT count(*)::int AS n FROM bookings');\nconsole.log(rows[0].n);\nawait pool.end();\n`,
    );
    expect(file).toContain('src');
    expectSuccess(
      await run(process.execPath, [probe], { cwd: ctx.dir, env: cleanEnv({ DATABASE_URL: await ctx.database() }) }),
      'src/db.js against the bookings table',
    );
  },

  // prevent-double-bookings: src/app.js answers 201, then 409 for the same slot (also with spaces around the hall name),
  // 400 for bad input (a day that is not text included), and 404 for an unknown path, always in JSON.
  'prevent-double-bookings#3': async (ctx) => {
    ctx.write('package.json', STUDENT_ESM_PACKAGE);
    ctx.write('src/db.js', ctx.sibling(2).code);
    ctx.write('src/app.js', ctx.sample.code);
    const probe = ctx.write(
      'probe.mjs',
      `import request from 'supertest';
import { app } from './src/app.js';
import { pool } from './src/db.js';
await pool.query('TRUNCATE bookings RESTART IDENTITY');
const slot = { hall: 'community-hall', day: '2027-01-15', session: 'evening' };
const answers = [];
for (const body of [slot, slot, { ...slot, hall: '  community-hall  ' }, { ...slot, day: '2027-02-30' }, { ...slot, session: 'night' }, { ...slot, hall: ' ' }, { ...slot, day: ['2027-01-16'] }]) {
  const res = await request(app).post('/api/bookings').send(body);
  answers.push([res.status, res.body]);
}
const bad = await request(app).post('/api/bookings').set('Content-Type', 'application/json').send('{"hall": ');
answers.push([bad.status, bad.body]);
const missing = await request(app).get('/api/nothing-here');
answers.push([missing.status, missing.body]);
await pool.query('TRUNCATE bookings RESTART IDENTITY');
await pool.end();
console.log(JSON.stringify(answers));
`,
    );
    const result = await run(process.execPath, [probe], { cwd: ctx.dir, env: cleanEnv({ DATABASE_URL: await ctx.database(), NODE_ENV: 'production' }) });
    expectSuccess(result, 'src/app.js');
    const answers = JSON.parse(result.stdout.trim().split('\n').pop() ?? '[]') as [number, unknown][];
    expect(answers[0]).toEqual([201, { id: 1, hall: 'community-hall', day: '2027-01-15', session: 'evening' }]);
    expect(answers[1]).toEqual([409, { error: 'This slot is already booked' }]);
    expect(answers[2]).toEqual([409, { error: 'This slot is already booked' }]);
    expect(answers.at(-1)).toEqual([404, { error: expect.any(String) }]);
    for (const answer of answers.slice(3, -1)) expect(answer).toEqual([400, { error: expect.any(String) }]);
  },

  // prevent-double-bookings: the Vitest test passes, and passes again on a second run (the TRUNCATE claim).
  'prevent-double-bookings#4': async (ctx) => {
    ctx.write('package.json', STUDENT_ESM_PACKAGE);
    ctx.write('src/db.js', ctx.sibling(2).code);
    ctx.write('src/app.js', ctx.sibling(3).code);
    ctx.write('test/bookings.test.js', ctx.sample.code);
    const vitest = join(root, 'node_modules/vitest/vitest.mjs');
    for (const attempt of ['first', 'second']) {
      const result = await run(process.execPath, [vitest, 'run', '--root', ctx.dir, '--reporter', 'dot'], {
        cwd: ctx.dir,
        env: cleanEnv({ DATABASE_URL: await ctx.database() }),
        timeoutMs: 120_000,
      });
      expectSuccess(result, `npx vitest run (${attempt} run)`);
      expect(result.stdout).toMatch(/Tests\s+2 passed/);
    }
  },
};

/** Run after an article's SQL samples, in the same database; keyed by the SQL sample they follow. */
export const SQL_CHECKS: Record<string, (client: Client, sample: Sample) => Promise<void>> = {
  // "The REFERENCES clause makes the database refuse an enrolment for a course that does not exist",
  // and the query's result is the table the article prints.
  'sql-vs-nosql-databases#1': async (client, sample) => {
    await expect(client.query("INSERT INTO enrolments (student_name, course_id) VALUES ('Meera', 999)")).rejects.toMatchObject({ code: '23503' });
    const query = sample.code.slice(sample.code.lastIndexOf('SELECT'));
    const { rows, fields } = await client.query<Record<string, unknown>>(query);
    const [header, ...body] = tableAfter(sample);
    expect(header).toEqual(fields.map((field) => field.name));
    expect(body).toEqual(rows.map((row) => fields.map((field) => String(row[field.name]))));
  },
  // URL shortener: the UNIQUE constraint catches a taken code, and clicks = clicks + 1 counts.
  'first-backend-projects#1': async (client) => {
    await client.query("INSERT INTO links (code, target_url) VALUES ('abc123', 'https://example.org/')");
    await expect(client.query("INSERT INTO links (code, target_url) VALUES ('abc123', 'https://example.com/')")).rejects.toMatchObject({ code: '23505' });
    await Promise.all([1, 2].map(() => client.query("UPDATE links SET clicks = clicks + 1 WHERE code = 'abc123'")));
    expect((await client.query("SELECT id, clicks FROM links WHERE code = 'abc123'")).rows).toEqual([{ id: 1, clicks: '2' }]);
  },
  // Hall bookings: the UNIQUE constraint refuses a second booking of a slot, and the CHECK an unknown session.
  'prevent-double-bookings#1': async (client) => {
    const insert = "INSERT INTO bookings (hall, day, session) VALUES ('community-hall', '2027-01-15', $1)";
    await client.query(insert, ['evening']);
    await expect(client.query(insert, ['evening'])).rejects.toMatchObject({ code: '23505' });
    await expect(client.query(insert, ['night'])).rejects.toMatchObject({ code: '23514' });
    await client.query('TRUNCATE bookings RESTART IDENTITY');
  },
};

/** Python run after a standard-library sample, with the sample's path as argv[1]. */
export const PYTHON_CHECKS: Record<string, string> = {
  // The rate limiter: 100 requests a minute per client, and idle clients are forgotten.
  'data-structures-for-backend-developers#2': `
import importlib.util, sys
spec = importlib.util.spec_from_file_location("sample", sys.argv[1])
limiter = importlib.util.module_from_spec(spec)
spec.loader.exec_module(limiter)
clock = [1000.0]
limiter.time.monotonic = lambda: clock[0]
assert all(limiter.allow_request("a") for _ in range(limiter.MAX_REQUESTS)), "the first MAX_REQUESTS pass"
assert not limiter.allow_request("a"), "one more in the same window is refused"
assert limiter.allow_request("b"), "another client is not affected"
clock[0] += limiter.WINDOW_SECONDS
assert limiter.allow_request("a"), "a new window lets the client in again"
limiter.forget_idle_clients()
assert set(limiter.recent) == {"a"}, f"b was idle for a whole window: {set(limiter.recent)}"
clock[0] += limiter.WINDOW_SECONDS
limiter.forget_idle_clients()
assert limiter.recent == {}, "memory is given back once every client is idle"
`,
};

/** An HTTP example read by Node's own parser: a request as a server reads it, a response as a client does. */
export async function checkHttp(sample: Sample): Promise<string> {
  const isResponse = sample.code.startsWith('HTTP/');
  const parsed = isResponse ? await parseHttpResponse(sample.code) : await parseHttpRequest(sample.code);
  // The parser read exactly the body the example shows: no more, no less (Content-Length agrees).
  const written = sample.code.split('\n\n').slice(1).join('\n\n');
  expect(parsed.body).toBe(written);
  if (String(parsed.headers['content-type']).includes('json')) expect(() => JSON.parse(parsed.body) as unknown).not.toThrow();
  return isResponse
    ? `response ${parsed.startLine.statusCode} ${parsed.startLine.statusMessage}`
    : `request ${parsed.startLine.method} ${parsed.startLine.url}`;
}
