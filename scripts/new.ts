/**
 * `npm run new -- article "My title"` / `course "My title"` / `path "My title"`:
 * creates content/<articles|courses>/<slug>.mdx (dated today in the
 * institute's time zone) or content/paths/<slug>.yaml from
 * src/lib/content/scaffolds.ts, marked as a draft. Never overwrites a file.
 * Plain TypeScript that Node runs directly.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadContentFiles } from '../src/lib/content/files.ts';
import { isoDay } from '../src/lib/dates/index.ts';
import { entryPath } from '../src/lib/urls/paths.ts';
import { slugify } from '../src/lib/urls/slug.ts';
import { articleTemplate, courseTemplate, pathTemplate } from '../src/lib/content/scaffolds.ts';

const USAGE = 'Usage: npm run new -- article "My title"   or   npm run new -- course "My title"   or   npm run new -- path "My title"';
const KINDS = { article: 'articles', course: 'courses', path: 'paths' } as const;
const isKind = (value: string | undefined): value is keyof typeof KINDS => value !== undefined && Object.hasOwn(KINDS, value);
const root = resolve(process.env['SITE_ROOT'] ?? resolve(import.meta.dirname, '..'));

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!isKind(kind)) fail(`Say what to create: "article", "course" or "path" (got ${kind ? `"${kind}"` : 'nothing'}).`);
if (!title) fail('Give the title in quotes.');
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make a file name from.`);

const collection = KINDS[kind];
const dir = join(root, 'content', collection);
const extensions = kind === 'path' ? ['.yaml', '.yml'] : ['.mdx', '.md'];
const file = join(dir, `${slug}${extensions[0]}`);
const taken = extensions.map((ext) => join(dir, `${slug}${ext}`)).find((f) => existsSync(f));
if (taken) fail(`${relative(root, taken)} already exists; nothing was written. Choose another title, or edit that file.`);

const date = isoDay(new Date());
let source: string;
if (kind === 'article') {
  const files = await loadContentFiles(root);
  const authors = files.filter((f) => f.collection === 'authors').map((f) => f.id);
  const tagCounts = new Map<string, number>();
  for (const f of files.filter((f) => f.collection === 'articles')) {
    for (const tag of Array.isArray(f.data['tags']) ? f.data['tags'] : []) if (typeof tag === 'string') tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  const tags = [...tagCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
  const courses = files.filter((f) => f.collection === 'courses').map((f) => f.id);
  if (!authors[0]) fail('There is no author yet: add one in content/authors/ first (see docs/editing.md).');
  source = articleTemplate({ title, date, author: authors[0], authors, tag: tags[0] ?? 'general', tags, courses });
} else if (kind === 'course') {
  source = courseTemplate({ title, date });
} else {
  const files = await loadContentFiles(root);
  const articles = files.filter((f) => f.collection === 'articles' && f.data['draft'] !== true).map((f) => f.id);
  const courses = files.filter((f) => f.collection === 'courses').map((f) => f.id);
  if (!articles[0]) fail('A path is made of articles, and none is published yet: write one first (npm run new -- article "Title").');
  source = pathTemplate({ title, articles, courses });
}

await mkdir(dir, { recursive: true });
await writeFile(file, source, { flag: 'wx' });
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '');
const path = entryPath(collection, slug);
console.log(`Created ${relative(root, file)} (a draft${kind === 'path' ? '' : `, dated ${date}`}).
Preview it: npm run dev, then open http://localhost:4321${base}${path}
Replace every TODO, then set "draft: false" to publish. Guide: docs/editing.md`);
