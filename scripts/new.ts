/**
 * `npm run new -- article "My title"` / `course "My title"` / `path "My title"`:
 * creates content/<articles|courses>/<slug>.mdx (dated today in the
 * institute's time zone) or content/paths/<slug>.yaml from
 * src/lib/content/scaffolds.ts, marked as a draft.
 * `npm run new -- translation gu <file name>` (optionally `translation gu article <file name>`)
 * creates the Gujarati translation of an existing article, course or path in
 * its language folder, from the original's text. Never overwrites a file.
 * Plain TypeScript that Node runs directly.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { isPageEntry, loadContentFiles } from '../src/lib/content/files.ts';
import { isoDay } from '../src/lib/dates/index.ts';
import { entryPath } from '../src/lib/urls/paths.ts';
import { slugify } from '../src/lib/urls/slug.ts';
import { articleTemplate, courseTemplate, pathTemplate, translationTemplate } from '../src/lib/content/scaffolds.ts';
import { closest } from '../src/lib/checks/edit-distance.ts';
import { isLanguageCode, languageOf, languagePathPrefix, translationLanguageCodes } from '../src/lib/i18n/languages.ts';

const USAGE = `Usage: npm run new -- article "My title"   or   npm run new -- course "My title"   or   npm run new -- path "My title"
   or   npm run new -- translation <${translationLanguageCodes.join('|')}> <file name of an article, course or path>`;
const KINDS = { article: 'articles', course: 'courses', path: 'paths' } as const;
const isKind = (value: string | undefined): value is keyof typeof KINDS => value !== undefined && Object.hasOwn(KINDS, value);
const root = resolve(process.env['SITE_ROOT'] ?? resolve(import.meta.dirname, '..'));

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const [kind, ...words] = process.argv.slice(2);
if (kind === 'translation') await newTranslation(words);
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

/** `translation <language> [article|course|path] <id>`: the translation of an existing original, in its language folder. */
async function newTranslation(args: readonly string[]): Promise<never> {
  const [language, ...rest] = args;
  const languages = translationLanguageCodes.map((code) => `${code} (${languageOf(code).englishName})`).join(', ');
  if (!language || !isLanguageCode(language) || !(translationLanguageCodes as readonly string[]).includes(language)) {
    fail(`Say which language to translate into: one of ${languages} (got ${language ? `"${language}"` : 'nothing'}).`);
  }
  const named = isKind(rest[0]) && rest.length > 1 ? KINDS[rest[0]] : undefined;
  const id = (named ? rest.slice(1) : rest)
    .join(' ')
    .trim()
    .replace(/\.(mdx?|ya?ml)$/, '');
  if (!id) fail('Give the file name of the original to translate, e.g. how-to-become-a-backend-developer.');
  const files = await loadContentFiles(root);
  // Without a kind, an article is meant before a course, and a course before a path (an article and a path may share a name).
  const order = Object.values(KINDS);
  const originals = files
    .filter(isPageEntry)
    .filter((f) => f.id === id && (!named || f.collection === named))
    .sort((a, b) => order.indexOf(a.collection) - order.indexOf(b.collection));
  const [original, ...others] = originals;
  if (!original) {
    const close = closest(
      id,
      files
        .filter(isPageEntry)
        .filter((f) => !named || f.collection === named)
        .map((f) => f.id),
    );
    fail(`There is no ${named ? named.replace(/s$/, '') : 'article, course or path'} "${id}" to translate${close ? `: did you mean "${close}"?` : '.'}`);
  }
  const kindOf = (collection: string) => Object.entries(KINDS).find(([, c]) => c === collection)?.[0] ?? collection;
  const also = others
    .map((f) => `\n(${f.path} has the same name: npm run new -- translation ${language} ${kindOf(f.collection)} ${id} translates it.)`)
    .join('');
  const collection = original.collection;
  const extension = original.path.slice(original.path.lastIndexOf('.'));
  const dir = join(root, 'content', collection, language);
  const target = join(dir, `${id}${extension}`);
  const taken = ['.mdx', '.md', '.yaml', '.yml'].map((ext) => join(dir, `${id}${ext}`)).find((f) => existsSync(f));
  if (taken) fail(`${relative(root, taken)} already exists; nothing was written. Edit that file to bring it up to date.`);
  const languageName = languageOf(language).englishName;
  const date = isoDay(new Date());
  await mkdir(dir, { recursive: true });
  await writeFile(target, translationTemplate({ collection, originalPath: original.path, data: original.data, body: original.body, languageName, date }), {
    flag: 'wx',
  });
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '');
  console.log(`Created ${relative(root, target)} (a draft ${languageName} translation of ${original.path}).
Preview it: npm run dev, then open http://localhost:4321${base}${languagePathPrefix(language)}${entryPath(collection, id)}
Translate every text, then set "draft: false" to publish. Guide: docs/editing.md, "Languages"${also}`);
  process.exit(0);
}
