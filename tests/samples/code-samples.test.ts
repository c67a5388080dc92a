/**
 * Every code sample on the site runs as shown (docs/editing.md, "Code samples").
 * Each fenced block under content/ gets its language's rule; a block of a
 * language without a rule, or with an unknown word on its fence line, fails
 * until it gets a rule or a marker. Rules:
 * - sql: run, in order, in a fresh database per file on a throwaway PostgreSQL;
 * - js: `node --check`, then the checks of claims.ts (a sample without one fails);
 * - python: `py_compile`; run when it imports only the standard library, with
 *   `print(…)  # value` comments compared to what it prints;
 * - sh: `bash -n`; dockerfile: dockerfile-utils' linter, `sh -n` on its shell
 *   commands, a non-root USER and a port from $PORT; http: Node's HTTP parser;
 * - `partial` (on the fence line): not run, listed in claims.ts's PARTIAL_SAMPLES.
 */
import { DockerfileParser, type Instruction, JSONInstruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHttp, JS_CHECKS, PARTIAL_SAMPLES, PYTHON_CHECKS, SQL_CHECKS, type CheckContext } from './claims.ts';
import { startPostgres, type Postgres } from './postgres.ts';
import { expectSuccess, run, workspace } from './runners.ts';
import { allSamples, FENCE_WORDS, sampleKey, sampleName, type Sample } from './samples.ts';

const LANGUAGES: Record<string, string> = {
  sql: 'sql',
  js: 'js',
  javascript: 'js',
  mjs: 'js',
  python: 'python',
  py: 'python',
  sh: 'shell',
  bash: 'shell',
  shell: 'shell',
  dockerfile: 'dockerfile',
  docker: 'dockerfile',
  http: 'http',
};

const samples = allSamples();
const files = [...new Set(samples.map((s) => s.file))];
const report: string[] = [];

let postgres: Postgres | undefined;
const databases = new Map<string, Promise<string>>();

/** A fresh database for one content file, created on first use. */
function databaseFor(sample: Sample): Promise<string> {
  let url = databases.get(sample.file);
  if (!url) {
    url = (async () => {
      postgres ??= await startPostgres();
      const admin = new pg.Client({ connectionString: postgres.url('postgres') });
      await admin.connect();
      const name = `samples_${databases.size}`;
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return postgres.url(name);
    })();
    databases.set(sample.file, url);
  }
  return url;
}

afterAll(() => {
  postgres?.stop();
  console.log(`\nCode samples (${samples.length}):\n${report.join('\n')}\n`);
});

async function withClient<T>(sample: Sample, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: await databaseFor(sample) });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function sql(sample: Sample): Promise<string> {
  await withClient(sample, async (client) => {
    await client.query(sample.code);
    await SQL_CHECKS[sampleKey(sample)]?.(client, sample);
  });
  return SQL_CHECKS[sampleKey(sample)] ? 'ran on PostgreSQL, claims checked' : 'ran on PostgreSQL';
}

async function js(sample: Sample, ctx: CheckContext): Promise<string> {
  expectSuccess(await run(process.execPath, ['--check', ctx.write('sample.mjs', sample.code)]), 'node --check');
  const check = JS_CHECKS[sampleKey(sample)];
  if (!check)
    throw new Error(
      `${sampleName(sample)}: no check for this JavaScript sample. Add one to tests/samples/claims.ts (JS_CHECKS['${sampleKey(sample)}']) or mark the sample partial.`,
    );
  await check(ctx);
  return 'ran with Node, claims checked';
}

/** Top-level modules a Python file imports that are not in the standard library. */
const THIRD_PARTY = `
import ast, sys
tree = ast.parse(open(sys.argv[1]).read())
names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
names |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and n.level == 0}
print(" ".join(sorted(names - set(sys.stdlib_module_names))))
`;

async function python(sample: Sample, ctx: CheckContext): Promise<string> {
  const file = ctx.write('sample.py', sample.code);
  expectSuccess(await run('python3', ['-m', 'py_compile', file]), 'python3 -m py_compile');
  const imports = await run('python3', ['-c', THIRD_PARTY, file]);
  expectSuccess(imports, 'listing imports');
  const thirdParty = imports.stdout.trim();
  if (thirdParty) return `compiled (py_compile) only: imports ${thirdParty}`;
  const result = await run('python3', [file], { cwd: ctx.dir, timeoutMs: 20_000 });
  expectSuccess(result, 'python3 (the sample)');
  const promised = [...sample.code.matchAll(/^print\(.*\)\s+#\s*(.+)$/gm)].map((m) => m[1]?.trim());
  if (promised.length) expect(result.stdout.trim().split('\n'), 'what it prints, against its # comments').toEqual(promised);
  const check = PYTHON_CHECKS[sampleKey(sample)];
  if (check) expectSuccess(await run('python3', ['-c', check, file], { cwd: ctx.dir, timeoutMs: 20_000 }), 'the claims check');
  return `ran with python3${promised.length ? ', output checked' : ''}${check ? ', claims checked' : ''}`;
}

async function shell(sample: Sample, ctx: CheckContext): Promise<string> {
  expectSuccess(await run('bash', ['-n', ctx.write('sample.sh', sample.code)]), 'bash -n');
  return 'syntax checked (bash -n)';
}

const words = (instruction: Instruction) => instruction.getArguments().map((a) => a.getValue());

async function dockerfile(sample: Sample, ctx: CheckContext): Promise<string> {
  const problems = validate(sample.code).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
  expect(problems, 'dockerfile-utils').toEqual([]);
  const instructions = DockerfileParser.parse(sample.code).getInstructions();
  const keyword = (k: string) => instructions.filter((i) => i.getKeyword() === k);
  // Shell commands (RUN, and CMD in shell form) must parse as the image's /bin/sh would read them.
  for (const instruction of [...keyword('RUN'), ...keyword('CMD')]) {
    if (instruction instanceof JSONInstruction && instruction.getJSONStrings().length) continue;
    const command = instruction.getArgumentsContent() ?? '';
    expectSuccess(await run('sh', ['-n', ctx.write('command.sh', command)]), `sh -n on "${command}"`);
  }
  // deploy-your-first-backend-app: an image runs as a user other than root, and listens where the platform says.
  const user = keyword('USER').at(-1);
  expect(user && words(user)[0], 'a USER instruction, not root').toMatch(/^(?!root$|0$)\S+/);
  const env = keyword('ENV').flatMap(words).join(' ');
  const port = /\bPORT=(\d+)/.exec(env)?.[1];
  expect(port, 'ENV PORT=… for running the image locally').toBeDefined();
  expect(keyword('EXPOSE').flatMap(words)).toEqual([port]);
  const cmd = keyword('CMD').at(-1);
  const cmdText =
    cmd instanceof JSONInstruction && cmd.getJSONStrings().length
      ? cmd
          .getJSONStrings()
          .map((s) => s.getValue())
          .join(' ')
      : (cmd?.getArgumentsContent() ?? '');
  expect(cmdText, 'CMD takes no fixed port (the app reads $PORT)').not.toMatch(/--port\s+["']?\d/);
  return 'linted (dockerfile-utils), shell commands checked (sh -n), non-root USER and $PORT checked';
}

const RULES: Record<string, (sample: Sample, ctx: CheckContext) => Promise<string>> = {
  sql,
  js,
  python,
  shell,
  dockerfile,
  http: (sample) => checkHttp(sample).then((what) => `parsed by Node's HTTP parser (${what})`),
};

describe('code samples', () => {
  it('finds the samples of the articles', () => {
    expect(samples.length).toBeGreaterThan(10);
  });

  it('marks as partial exactly the samples listed in PARTIAL_SAMPLES', () => {
    const marked = samples.filter((s) => s.meta.includes('partial')).map(sampleKey);
    for (const key of marked) report.push(`  partial (not run): ${key}`);
    expect(marked.sort()).toEqual([...PARTIAL_SAMPLES].sort());
  });

  it('writes only known words on fence lines', () => {
    const unknown = samples.flatMap((s) => s.meta.filter((w) => !(FENCE_WORDS as readonly string[]).includes(w)).map((w) => `${sampleName(s)}: "${w}"`));
    expect(unknown, `known words: ${FENCE_WORDS.join(', ')}`).toEqual([]);
  });

  for (const file of files) {
    describe(file, () => {
      for (const sample of samples.filter((s) => s.file === file && !s.meta.includes('partial'))) {
        it(`${sampleName(sample)} runs as shown`, { timeout: 180_000 }, async () => {
          const language = LANGUAGES[sample.lang];
          if (!language || !RULES[language]) {
            throw new Error(
              `${sampleName(sample)}: no rule for the language "${sample.lang}". Write a known language (${Object.keys(LANGUAGES).join(', ')}) after the opening fence, or mark the sample partial (docs/editing.md, "Code samples").`,
            );
          }
          const space = workspace();
          const ctx: CheckContext = {
            sample,
            sibling: (index) => {
              const other = samples.find((s) => s.file === sample.file && s.index === index);
              if (!other) throw new Error(`${sample.file} has no code block number ${index}`);
              return other;
            },
            write: space.write,
            dir: space.dir,
            database: () => databaseFor(sample),
          };
          try {
            report.push(`  ${sampleKey(sample)} ${sampleName(sample)}: ${await RULES[language](sample, ctx)}`);
          } finally {
            space.remove();
          }
        });
      }
    });
  }
});
