/**
 * Every repository path the README and docs/*.md name must exist, and every
 * relative Markdown link must lead to a file (and heading) that does: files
 * move, and prose that names the old place misleads the next reader.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { root } from '../support/site.ts';

/** A path starting with one of these is a repository path, relative to the root. */
const ROOTS = ['src/', 'content/', 'tests/', 'scripts/', 'docs/', 'public/', '.ci/', '.github/'];
/** A bare file name (no folder) of a kind the repository holds, e.g. `astro.config.mjs` or `card-cache.ts`. */
const BARE_FILE = /^[\w.-]+\.(?:ts|astro|css|mjs|json|ya?ml|md|txt)$|^\.[\w-]*rc(?:\.\w+)?$/;
/** Not the repository's files: build output, caches, dependencies. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', '.astro', '.cache', 'coverage', 'test-results', 'bench']);
/**
 * Files the editors' guide shows as examples of what an editor creates
 * (`npm run new` writes the first two; the third is a folder an editor makes).
 * Only their folder must exist.
 */
const EXAMPLES = new Set([
  'content/articles/how-to-read-an-error-message.mdx',
  'content/courses/docker-for-developers.mdx',
  'content/articles/images/',
  'content/batches/backend-development-2027-01.yaml',
]);

function listFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listFiles(join(dir, entry.name));
    return [relative(root, join(dir, entry.name)).split(sep).join('/')];
  });
}
const files = listFiles();
const basenames = new Set(files.map((f) => posix.basename(f)));

const exists = (path: string) => existsSync(join(root, path));

/** A glob (`*`, `**`, `?`, `{a,b}`) as a regular expression over repository paths. */
function globPattern(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',' && source.includes('(?:')) source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}/?$`);
}

/** Why a path written in the docs does not hold, or undefined when it does. */
function pathProblem(written: string): string | undefined {
  const path = written.replace(/:\d+$/, '');
  if (exists(path)) return undefined;
  if (EXAMPLES.has(path)) return exists(posix.dirname(path)) ? undefined : `the folder of the example ${path} does not exist`;
  const placeholder = path.indexOf('<');
  if (placeholder >= 0) {
    const before = path.slice(0, placeholder);
    return exists(before) ? undefined : `${before} (before the placeholder) does not exist`;
  }
  const special = path.search(/[*?{]/);
  if (special >= 0) {
    const folder = path.slice(0, path.lastIndexOf('/', special) + 1);
    if (!exists(folder)) return `${folder} (the folder of the pattern) does not exist`;
    const pattern = globPattern(path.replace(/\/$/, ''));
    return files.some((f) => pattern.test(f)) ? undefined : `no file matches ${path}`;
  }
  if (!path.includes('/')) return basenames.has(path) ? undefined : `no file is named ${path}`;
  return `${path} does not exist`;
}

/** The text with fenced code blocks blanked out (line numbers kept). */
function withoutFences(text: string): string {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) return ((fenced = !fenced), '');
      return fenced ? '' : line;
    })
    .join('\n');
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Repository paths written in inline code: each word of a code span that looks like one. */
function codePaths(markdown: string): { path: string; line: number }[] {
  const text = withoutFences(markdown);
  return [...text.matchAll(/`([^`\n]+)`/g)].flatMap((m) =>
    (m[1] ?? '')
      .split(/\s+/)
      .map((word) => word.replace(/^['"(]+|['"),;]+$/g, ''))
      .filter((word) => ROOTS.some((r) => word.startsWith(r)) || BARE_FILE.test(word))
      .map((path) => ({ path, line: lineOf(text, m.index) })),
  );
}

/** Targets of Markdown links outside code, except web and mail addresses. */
function linkTargets(markdown: string): { target: string; line: number }[] {
  const text = withoutFences(markdown).replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => ({ target: m[1] ?? '', line: lineOf(text, m.index) }))
    .filter(({ target }) => !/^[a-z][a-z+.-]*:/i.test(target));
}

/** The anchors GitHub gives a Markdown file's headings. */
function anchorsOf(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const headings = [...withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)];
  return new Set(headings.map((m) => slugger.slug((m[1] ?? '').replace(/`/g, ''))));
}

/** Why a link from `from` (a repository path) leads nowhere, or undefined when it leads somewhere. */
function linkProblem(from: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#');
  const file = path ? posix.normalize(posix.join(posix.dirname(from), decodeURI(path))) : from;
  if (file.startsWith('../') || !exists(file)) return `${target}: ${file} does not exist`;
  if (anchor === undefined || !file.endsWith('.md')) return undefined;
  return anchorsOf(readFileSync(join(root, file), 'utf8')).has(anchor) ? undefined : `${target}: ${file} has no heading #${anchor}`;
}

const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('paths named in the README and docs', () => {
  it.each(docs)('%s names only paths that exist', (doc) => {
    const text = readFileSync(join(root, doc), 'utf8');
    const problems = codePaths(text).flatMap(({ path, line }) => {
      const problem = pathProblem(path);
      return problem ? [`${doc}:${line}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it.each(docs)('%s links only to files and headings that exist', (doc) => {
    const text = readFileSync(join(root, doc), 'utf8');
    const problems = linkTargets(text).flatMap(({ target, line }) => {
      const problem = linkProblem(doc, target);
      return problem ? [`${doc}:${line}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('finds the paths and links as they are written', () => {
    const sample = [
      'See `src/lib/seo/index.ts`, `content/articles/*.mdx`, `tests/unit/<folder>/<file>.test.ts`,',
      '`node scripts/new.ts`, `astro.config.mjs` and [the guide](docs/editing.md#publish), not https://x.example.',
      '```sh',
      'npm run build   # `src/in-a-fence.ts` is not read',
      '```',
    ].join('\n');
    expect(codePaths(sample).map((p) => p.path)).toEqual([
      'src/lib/seo/index.ts',
      'content/articles/*.mdx',
      'tests/unit/<folder>/<file>.test.ts',
      'scripts/new.ts',
      'astro.config.mjs',
    ]);
    expect(linkTargets(`${sample}\n[web](https://astro.build) [here](#set-up)`).map((l) => l.target)).toEqual(['docs/editing.md#publish', '#set-up']);
  });

  it('accepts what exists and reports what does not', () => {
    for (const path of [
      'src/lib/seo/index.ts',
      'src/lib/checks/',
      'content/articles/*.mdx',
      'tests/unit/<folder>/<file>.test.ts',
      'card-cache.ts',
      'package.json',
      '.nvmrc',
    ])
      expect(pathProblem(path), path).toBeUndefined();
    for (const path of ['src/lib/seo.ts', 'src/lib/search-*.ts', 'content/nowhere/*.mdx', 'tests/nowhere/<file>.ts', 'social-draw.ts', 'astro.config.js'])
      expect(pathProblem(path), path).toBeDefined();
    expect(linkProblem('README.md', 'docs/editing.md#publish')).toBeUndefined();
    expect(linkProblem('docs/architecture.md', '../README.md#set-up')).toBeUndefined();
    expect(linkProblem('README.md', 'docs/editing.md#no-such-heading')).toBeDefined();
    expect(linkProblem('docs/architecture.md', 'README.md')).toBeDefined();
  });
});
