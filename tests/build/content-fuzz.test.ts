/**
 * A fuzz test of the content checks with mutations of the real content: in
 * one real file of each collection, every frontmatter field removed, emptied,
 * given the wrong type, made absurdly long or mis-encoded, HTML and script in
 * every text field; and whole-file mistakes (empty, unclosed or broken YAML,
 * an alias bomb, a byte-order mark…). Each mutation must either build and
 * publish nothing executable or broken, or stop with a report whose first
 * line names the mutated file.
 *
 * Every mutation is first judged alone, in-process, by the checks the build
 * runs (checkSite over the real files with that one file mutated). Then two
 * real builds: every mutation that stops, each in its own file, in one copy
 * (the checks run before Astro renders, so it stops in seconds and must name
 * every mutated file); every mutation that builds, grouped into as few files
 * as touch different fields, in another, whose pages are then inspected.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { HTMLElement } from 'node-html-parser';
import { type Document, parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInputs } from '../../src/integrations/content-check.ts';
import { checkSite, type SiteInputs } from '../../src/lib/checks/index.ts';
import { formatReport } from '../../src/lib/checks/problems.ts';
import { fieldsOf } from '../../src/lib/content/fields.ts';
import { type CollectionName, type ContentFile, contentFileFrom, loadContentFiles } from '../../src/lib/content/files.ts';
import { entryPath } from '../../src/lib/urls/paths.ts';
import { site } from '../../src/site.config.ts';
import { allPages, type BuiltPage } from '../support/dist.ts';
import { type BuildResult, copySite, removeCopy, root, runBuild } from '../support/site.ts';

/** HTML and script an editor might paste into any text field; short enough for a title, long enough for a description. */
const PAYLOAD = `Fuzz <img src=x onerror=alert(1)> </script><script>alert(1)</script> "q" 'a' &amp; {x}`;
const LONG = 'Long text '.repeat(1_000);
/** Stands for one byte that is not UTF-8 (Windows-1252 "é"), put in after the YAML is written. */
const NOT_UTF8 = '\u{E000}';

/** Values for optional fields the real files leave out, so those fields are mutated too. */
const SAMPLES: Record<string, unknown> = {
  updatedDate: '2026-12-01',
  cover: './cover.png',
  coverAlt: 'A laptop showing code',
  redirectFrom: ['old-name'],
  fee: 25000,
  nextBatch: '2027-01-04',
  location: 'Vadodara',
  avatar: './avatar.png',
  links: [{ label: 'Website', url: 'https://www.example.org/' }],
  faq: [{ question: 'A question?', answer: 'An answer.' }],
};

interface Source {
  path: string;
  collection: CollectionName;
  text: string;
  isYaml: boolean;
}

interface Mutation {
  /** "content/articles/x.mdx: title, wrong type (a number)" */
  name: string;
  source: Source;
  /** Top-level fields it changes; "*" for the whole file. */
  fields: string[];
  edit?: (doc: Document) => void;
  text?: (source: string) => string;
}

const FRONTMATTER = /^---\n([\s\S]*?\n)---\n/;

/** The source with `mutations` applied: field edits on the YAML, then whole-file edits, then bytes that are not UTF-8. */
function mutate(source: Source, mutations: readonly Mutation[]): Buffer {
  let text = source.text;
  const edits = mutations.filter((m) => m.edit);
  if (edits.length) {
    const yaml = source.isYaml ? text : (FRONTMATTER.exec(text)?.[1] ?? '');
    const doc = parseDocument(yaml);
    for (const m of edits) m.edit!(doc);
    const written = doc.toString({ lineWidth: 0, nullStr: '' });
    text = source.isYaml ? written : `---\n${written}---\n${text.slice(FRONTMATTER.exec(text)![0].length)}`;
  }
  for (const m of mutations) if (m.text) text = m.text(text);
  const bytes = Buffer.from(text, 'utf8');
  const marker = Buffer.from(NOT_UTF8, 'utf8');
  const parts: Buffer[] = [];
  let rest = bytes;
  for (let at = rest.indexOf(marker); at !== -1; at = rest.indexOf(marker)) {
    parts.push(rest.subarray(0, at), Buffer.from([0xe9]));
    rest = rest.subarray(at + marker.length);
  }
  return Buffer.concat([...parts, rest]);
}

/** Other values of another type than `value`. */
function wrongTypes(value: unknown): [string, unknown][] {
  if (typeof value === 'string')
    return [
      ['a number', 42],
      ['a list', [value]],
    ];
  if (Array.isArray(value))
    return [
      ['text', 'one, two'],
      ['a mapping', { a: 1 }],
    ];
  if (typeof value === 'number')
    return [
      ['text', 'four'],
      ['a list', [value]],
    ];
  if (typeof value === 'boolean') return [['"yes"', 'yes']];
  if (value && typeof value === 'object')
    return [
      ['text', 'text'],
      ['a list', ['a', 'b']],
    ];
  return [
    ['a number', 42],
    ['a mapping', { a: 1 }],
  ];
}

/** A copy of a list item with " 7" after each of its texts, so a hundred of them are all different. */
function numbered(item: unknown, n: number): unknown {
  if (typeof item === 'string') return `${item} ${n}`;
  if (Array.isArray(item)) return item.map((i: unknown) => numbered(i, n));
  if (item && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, numbered(v, n)]));
  return item;
}

/** Paths of the text values in `value` (of lists, the first item only). */
function textPaths(value: unknown, path: (string | number)[]): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.length ? textPaths(value[0], [...path, 0]) : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textPaths(v, [...path, k]));
  return [];
}

function fieldMutations(source: Source, data: Record<string, unknown>): Mutation[] {
  const mutations: Mutation[] = [];
  const add = (field: string, what: string, edit: (doc: Document) => void) =>
    mutations.push({ name: `${source.path}: ${field}, ${what}`, source, fields: [field], edit });
  for (const field of fieldsOf[source.collection]) {
    const present = field in data;
    const value = present ? data[field] : SAMPLES[field];
    if (present) add(field, 'removed', (doc) => doc.delete(field));
    add(field, 'empty', (doc) => doc.set(field, null));
    for (const [what, wrong] of wrongTypes(value)) add(field, `wrong type (${what})`, (doc) => doc.set(field, wrong));
    if (value === undefined) continue;
    const base = () => (present ? undefined : value);
    for (const path of textPaths(value, [field])) {
      const label = path.join('.');
      const setIn = (doc: Document, text: string) => {
        const sample = base();
        if (sample !== undefined) doc.set(field, doc.createNode(sample));
        doc.setIn(path, text);
      };
      const original = String(path.slice(1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value));
      mutations.push(
        { name: `${source.path}: ${label}, HTML and script`, source, fields: [field], edit: (doc) => setIn(doc, PAYLOAD) },
        { name: `${source.path}: ${label}, absurdly long`, source, fields: [field], edit: (doc) => setIn(doc, LONG) },
        { name: `${source.path}: ${label}, not UTF-8`, source, fields: [field], edit: (doc) => setIn(doc, `${original} caf${NOT_UTF8}`) },
      );
    }
    if (Array.isArray(value) && value.length) {
      const [first] = value as unknown[];
      add(field, 'a hundred items', (doc) =>
        doc.set(
          field,
          Array.from({ length: 100 }, (_, i) => numbered(first, i + 1)),
        ),
      );
      add(field, 'the same item twice', (doc) => doc.set(field, [first, first]));
    }
  }
  return mutations;
}

const BOMB =
  'bomb1: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nbomb2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nbomb3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nbomb4: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';

function fileMutations(source: Source): Mutation[] {
  const yamlPart = (text: string) => (source.isYaml ? text : (FRONTMATTER.exec(text)?.[1] ?? ''));
  const withYaml = (text: string, yaml: string) => (source.isYaml ? yaml : text.replace(FRONTMATTER, `---\n${yaml}---\n`));
  const lines = (text: string) => yamlPart(text).split('\n');
  const whole: [string, (text: string) => string][] = [
    ['empty file', () => ''],
    ['only blank lines', () => '\n  \n\n'],
    ['byte-order mark', (t) => `\uFEFF${t}`],
    ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
    ['random bytes', () => `${NOT_UTF8.repeat(3)}\u0001\u0002`],
    ['a list instead of fields', (t) => withYaml(t, '- one\n- two\n')],
    ['unclosed quote', (t) => withYaml(t, yamlPart(t).replace(/^(\w+): .*$/m, '$1: "never closed'))],
    ['unclosed bracket', (t) => withYaml(t, `${yamlPart(t)}extra: [a, b\n`)],
    ['tab indentation', (t) => withYaml(t, `${yamlPart(t)}extra:\n\t- a\n`)],
    ['a field twice', (t) => withYaml(t, `${yamlPart(t)}${lines(t)[0]}\n`)],
    ['colon in an unquoted value', (t) => withYaml(t, yamlPart(t).replace(/^(\w+): .*$/m, '$1: Guide: part two'))],
    ['alias bomb', (t) => withYaml(t, `${yamlPart(t)}${BOMB}`)],
    ['alias to nothing', (t) => withYaml(t, `${yamlPart(t)}extra: *nowhere\n`)],
    ['NUL byte in a value', (t) => withYaml(t, yamlPart(t).replace(/^(\w+): .*$/m, '$1: "with a \\0 NUL"'))],
  ];
  if (!source.isYaml) {
    whole.push(
      ['blank line before the frontmatter', (t) => `\n${t}`],
      ['frontmatter never closed', (t) => t.replace(FRONTMATTER, (m) => m.slice(0, -'---\n'.length))],
      ['no frontmatter', (t) => t.replace(FRONTMATTER, '')],
      ['opening --- missing', (t) => t.slice('---\n'.length)],
      ['empty frontmatter', (t) => t.replace(FRONTMATTER, '---\n---\n')],
    );
  }
  return whole.map(([what, text]) => ({ name: `${source.path}: ${what}`, source, fields: ['*'], text }));
}

/** The real file of each collection that other files link to most: its mistakes could blame them. */
function representatives(files: readonly ContentFile[], texts: ReadonlyMap<string, string>): ContentFile[] {
  const collections = [...new Set(files.map((f) => f.collection))];
  const allText = [...texts.values()].join('\n');
  return collections.map((c) => {
    const candidates = files.filter((f) => f.collection === c);
    const links = (f: ContentFile) => (f.collection === 'batches' ? 0 : allText.split(entryPath(f.collection, f.id)).length);
    return candidates.reduce((best, f) => (links(f) > links(best) ? f : best));
  });
}

interface Judged {
  mutation: Mutation;
  stops: boolean;
  firstLine: string;
}

let real: ContentFile[];
let inputs: SiteInputs;
let sources: Map<string, Source>;
let judged: Judged[];

function withMutated(path: string, bytes: Buffer, files = real): ContentFile[] {
  return files.map((f) => (f.path === path ? contentFileFrom(path, f.collection, bytes) : f));
}

beforeAll(async () => {
  real = await loadContentFiles(root);
  inputs = await siteInputs(root, { includeDrafts: false, now: new Date(), siteUrl: site.url });
  const texts = new Map(await Promise.all(real.map(async (f) => [f.path, await readFile(join(root, f.path), 'utf8')] as const)));
  sources = new Map(
    representatives(real, texts).map((f) => [
      f.path,
      { path: f.path, collection: f.collection, text: texts.get(f.path)!, isYaml: f.collection !== 'articles' && f.collection !== 'courses' },
    ]),
  );
  const mutations = [...sources.values()].flatMap((s) => [...fieldMutations(s, real.find((f) => f.path === s.path)!.data), ...fileMutations(s)]);
  judged = mutations.map((mutation) => {
    const report = checkSite(withMutated(mutation.source.path, mutate(mutation.source, [mutation])), inputs);
    return { mutation, stops: report.problems.length > 0, firstLine: report.problems.length ? formatReport(report, 'build stopped').split('\n')[0]! : '' };
  });
});

describe('each mutation of a real content file, judged alone by the checks', () => {
  it('covers every field of every collection, and both outcomes', () => {
    for (const source of sources.values()) {
      for (const field of fieldsOf[source.collection])
        expect(
          judged.some((j) => j.mutation.source === source && j.mutation.fields.includes(field)),
          `${source.path} ${field}`,
        ).toBe(true);
    }
    expect(judged.filter((j) => j.stops).length).toBeGreaterThan(100);
    expect(judged.filter((j) => !j.stops).length).toBeGreaterThan(10);
  });

  it('stops with a report whose first line names the mutated file, or passes every check', () => {
    const misnamed = judged.filter((j) => j.stops && !j.firstLine.startsWith(`${j.mutation.source.path}:`)).map((j) => `${j.mutation.name} → ${j.firstLine}`);
    expect(misnamed).toEqual([]);
  });

  it('blames no other content file: what it breaks there is listed as following from it', () => {
    const blaming = judged.flatMap((j) => {
      const report = checkSite(withMutated(j.mutation.source.path, mutate(j.mutation.source, [j.mutation])), inputs);
      // A tag page that disappears because tags were changed is a real problem of published-urls.txt, not blame.
      const others = report.problems.filter((p) => p.path !== j.mutation.source.path && p.path.startsWith('content/'));
      return others.map((p) => `${j.mutation.name} → ${p.path}:${p.line} ${p.message}`);
    });
    expect(blaming).toEqual([]);
  });

  it('stops on the mistakes the site cannot publish as they are', () => {
    const stops = (what: string) => judged.filter((j) => j.mutation.name.endsWith(what)).every((j) => j.stops);
    for (const what of [
      'empty file',
      'frontmatter never closed',
      'alias bomb',
      'random bytes',
      'not UTF-8',
      'NUL byte in a value',
      'the same item twice',
      'pubDate, removed',
      'tags, wrong type (text)',
    ]) {
      expect(stops(what), what).toBe(true);
    }
  });
});

/** Copies of a source file: "content/articles/x.mdx" -> "content/articles/x-fuzz-3.mdx". */
const copyPath = (path: string, n: number) => path.replace(/(\.[^.]+)$/, `-fuzz-${n}$1`);

describe('every mutation that stops, in one build', () => {
  let dir: string;
  let build: BuildResult;
  const written = new Set<string>();

  beforeAll(async () => {
    dir = await copySite();
    let n = 0;
    const inPlace = new Set<string>();
    for (const { mutation } of judged.filter((j) => j.stops)) {
      // The first mistake in each file is made in the real file, which other files link to; the rest in copies.
      const path = inPlace.has(mutation.source.path) ? copyPath(mutation.source.path, ++n) : mutation.source.path;
      inPlace.add(mutation.source.path);
      written.add(path);
      await writeFile(join(dir, path), mutate(mutation.source, [mutation]));
    }
    build = await runBuild(dir);
  });

  afterAll(() => removeCopy(dir));

  it('stops with a non-zero exit, without a crash frame, before Astro reads any file', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).not.toContain('An unhandled error occurred');
    expect(build.output).not.toContain('Stack trace');
    expect(build.output).not.toMatch(/InvalidContentEntryDataError|does not match collection schema|\[content\]/);
  });

  it('names a mutated file first, every mutated file, and no other file among the problems', () => {
    // The report is an error, which Astro's logger writes to stderr in one write: read there, it is whole and in order.
    const start = build.stderr.indexOf('[content-check] ');
    expect(start, build.output).toBeGreaterThan(-1);
    const report = build.stderr.slice(start + '[content-check] '.length).split('\n');
    const end = report.findIndex((l) => l.startsWith('The build stopped on'));
    const follows = report.findIndex((l) => l.startsWith('These follow from'));
    const problems = report.slice(0, follows === -1 ? end : follows);
    const named = (line: string) => line.slice(0, line.indexOf(':'));
    expect(written.has(named(problems[0]!)), problems[0]).toBe(true);
    expect(problems.filter((l) => !written.has(named(l)))).toEqual([]);
    expect([...written].filter((path) => !problems.some((l) => named(l) === path))).toEqual([]);
  });
});

describe('every mutation that builds, in one build', () => {
  let dir: string;
  let build: BuildResult;
  let pages: BuiltPage[];
  /** Site paths of the pages made from mutated files. */
  const mutatedPages = new Map<string, Mutation[]>();

  beforeAll(async () => {
    dir = await copySite();
    let n = 0;
    let files = real;
    for (const source of sources.values()) {
      // Mutations of different fields share a file; the first such file is the real one.
      const layers: Mutation[][] = [];
      for (const { mutation } of judged.filter((j) => !j.stops && j.mutation.source === source)) {
        const layer = layers.find((l) => !l.some((m) => m.fields.some((f) => mutation.fields.includes(f))));
        if (layer) layer.push(mutation);
        else layers.push([mutation]);
      }
      for (const [i, layer] of layers.entries()) {
        const path = i === 0 ? source.path : copyPath(source.path, ++n);
        const bytes = mutate(source, layer);
        await writeFile(join(dir, path), bytes);
        const file = contentFileFrom(path, source.collection, bytes);
        files = i === 0 ? withMutated(path, bytes, files) : [...files, file];
        if (source.collection !== 'batches') mutatedPages.set(entryPath(source.collection, file.id), layer);
      }
    }
    // Judged alone, each passed; together in one file they must pass too, or this build would say nothing about them.
    const together = checkSite(files, inputs);
    expect(together.problems.length ? formatReport(together, 'build stopped') : '').toBe('');
    build = await runBuild(dir);
    pages = build.code === 0 ? await allPages(join(dir, 'dist')) : [];
  });

  afterAll(() => removeCopy(dir));

  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    for (const path of mutatedPages.keys())
      expect(
        pages.some((p) => p.path === path),
        path,
      ).toBe(true);
  });

  it('publishes no element, attribute or script from the input', () => {
    const found: string[] = [];
    const visit = (page: BuiltPage, el: HTMLElement) => {
      for (const name of Object.keys(el.attributes)) if (/^on/i.test(name)) found.push(`${page.path}: <${el.rawTagName} ${name}>`);
      if (el.rawTagName === 'img' && el.getAttribute('src') === 'x') found.push(`${page.path}: <img src=x>`);
      for (const child of el.childNodes) if (child.nodeType === 1) visit(page, child as HTMLElement);
    };
    for (const page of pages) {
      visit(page, page.doc);
      for (const script of page.doc.querySelectorAll('script')) {
        if (script.getAttribute('type') === 'application/ld+json') {
          if (/[<>]/.test(script.textContent)) found.push(`${page.path}: JSON-LD with < or >`);
          expect(() => JSON.parse(script.textContent), page.path).not.toThrow();
        } else if (script.textContent.includes('alert(1)')) found.push(`${page.path}: script running alert(1)`);
      }
    }
    expect(found).toEqual([]);
  });

  it('shows HTML written in a title or description as text', () => {
    const titled = [...mutatedPages].filter(([, layer]) => layer.some((m) => m.name.endsWith(': title, HTML and script')));
    expect(titled.length).toBeGreaterThan(0);
    for (const [path] of titled) {
      const page = pages.find((p) => p.path === path)!;
      expect(page.doc.querySelector('h1')?.textContent, path).toContain('<img src=x onerror=alert(1)>');
    }
    const described = [...mutatedPages].filter(([, layer]) => layer.some((m) => /: (description|summary), HTML and script$/.test(m.name)));
    expect(described.length).toBeGreaterThan(0);
    for (const [path] of described) {
      const meta = pages.find((p) => p.path === path)!.doc.querySelector('meta[name="description"]');
      expect(meta?.getAttribute('content'), path).toBe(PAYLOAD);
    }
  });

  it('publishes nothing broken from the input: no control character or "�", no unreadable value, a feed that parses', async () => {
    const broken = pages.filter((p) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]|\[object Object\]|Invalid Date|\bNaN\b/.test(p.html)).map((p) => p.path);
    expect(broken).toEqual([]);
    const feed = parseFeed(await readFile(join(dir, 'dist/rss.xml'), 'utf8'));
    expect(feed.items.some((item) => item.title?.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });
});
