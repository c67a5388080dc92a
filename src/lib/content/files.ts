/** Reading content files from the repository, outside Astro's content layer (for the checks, the sitemap and scripts). */
import { slug as githubSlug } from 'github-slugger';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { parseContentBytes, type ParsedFile } from './frontmatter.ts';
import { translationLanguageCodes } from '../i18n/languages.ts';

const isTranslationLanguage = (folder: string) => (translationLanguageCodes as readonly string[]).includes(folder);

export type CollectionName = 'articles' | 'courses' | 'authors' | 'batches' | 'paths';
/** Collections whose entries are pages of their own (old URLs to redirect, links to check, a draft flag); authors and batches are data shown on other pages. */
export type PageEntryCollection = 'articles' | 'courses' | 'paths';

export interface ContentFile extends ParsedFile {
  collection: CollectionName;
  /** The entry id Astro gives it: the file name without extension, slugified (see `entryId`). */
  id: string;
  /** Path relative to the repository root, as editors see it. */
  path: string;
}

/** The id (and so the URL) Astro's glob loader gives a file: "My Post.mdx" -> "my-post". */
export function entryId(fileName: string): string {
  return githubSlug(fileName.replace(/\.[^.]+$/, ''));
}

/** Each collection's folder under content/ and its file extensions (src/content.config.ts loads the same). */
const COLLECTIONS: Record<CollectionName, string[]> = {
  articles: ['.md', '.mdx'],
  courses: ['.md', '.mdx'],
  authors: ['.yaml', '.yml'],
  batches: ['.yaml', '.yml'],
  paths: ['.yaml', '.yml'],
};

/** Whether a file is an article, a course or a learning path (a page of its own), not data shown elsewhere (an author, a batch). */
export function isPageEntry(file: ContentFile): file is ContentFile & { collection: PageEntryCollection } {
  return file.collection === 'articles' || file.collection === 'courses' || file.collection === 'paths';
}

const isYamlCollection = (collection: CollectionName) => COLLECTIONS[collection].includes('.yaml');

/** The collection a repository path ("content/articles/x.mdx") is an entry of; undefined for any other file. */
export function collectionOf(path: string): CollectionName | undefined {
  const [top, folder, name, ...deeper] = path.split('/');
  if (top !== 'content' || !folder || !name || deeper.length || !Object.hasOwn(COLLECTIONS, folder)) return undefined;
  const collection = folder as CollectionName;
  return COLLECTIONS[collection].includes(extname(name)) ? collection : undefined;
}

/**
 * A content file Astro's loader would read but the checks would not: one in a
 * sub-folder of its collection ("content/articles/2026/x.mdx"). Astro's glob
 * reads sub-folders too, and would then publish it unchecked (or fail on its
 * id, which holds a slash); the checks report it instead.
 */
export function nestedEntryCollection(path: string): CollectionName | undefined {
  const [top, folder, ...rest] = path.split('/');
  if (top !== 'content' || !folder || rest.length < 2 || !Object.hasOwn(COLLECTIONS, folder)) return undefined;
  const collection = folder as CollectionName;
  // content/articles/gu/<id>.mdx is a translation (src/content.config.ts loads it as one), not a misplaced original.
  const isTranslation = rest.length === 2 && collection !== 'authors' && collection !== 'batches' && isTranslationLanguage(rest[0]!);
  return COLLECTIONS[collection].includes(extname(path)) && !isTranslation ? collection : undefined;
}

/** A content file from its bytes and its repository path ("content/articles/x.mdx"). */
export function contentFileFrom(path: string, collection: CollectionName, bytes: Uint8Array): ContentFile {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return { ...parseContentBytes(bytes, isYamlCollection(collection)), collection, id: entryId(name), path };
}

const repositoryPath = (rootDir: string, file: string) => relative(rootDir, file).split(sep).join('/');

export async function loadContentFiles(rootDir: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const dir = join(rootDir, 'content', collection);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const path = repositoryPath(rootDir, join(dir, name));
      if (collectionOf(path) === collection) files.push(contentFileFrom(path, collection, await readFile(join(dir, name))));
    }
  }
  return files;
}

/**
 * The content files as `astro build` reads them: a build cannot change them,
 * so the integrations that need them (the checks, the cards, the sitemap's
 * dates, the redirects) share one read instead of each parsing every file.
 * Only for a build: the dev server's files change while it runs.
 */
const readInBuild = new Map<string, Promise<ContentFile[]>>();
export function contentFilesOfBuild(rootDir: string): Promise<ContentFile[]> {
  let files = readInBuild.get(rootDir);
  if (!files) readInBuild.set(rootDir, (files = loadContentFiles(rootDir)));
  return files;
}

/**
 * One content file read synchronously (for `astro dev`'s file watcher, so its
 * report is printed before Astro's loader reads the same change); undefined
 * for any other file.
 */
export function readContentFileSync(rootDir: string, absolutePath: string): ContentFile | undefined {
  const path = repositoryPath(rootDir, absolutePath);
  const collection = collectionOf(path);
  return collection && contentFileFrom(path, collection, readSavedBytesSync(absolutePath));
}

/** How long a file that reads as empty is given to finish being written, in steps of SETTLE_STEP_MS. */
const SETTLE_STEPS = 8;
const SETTLE_STEP_MS = 25;

/**
 * A file's bytes as the editor saved them. A save that rewrites the file in place
 * truncates it first, and the watcher can report the change in between: read then,
 * the file is empty and would be reported as such. So an empty file is read again,
 * a few times over 200 ms, before it is taken to be empty. The wait is synchronous
 * because the caller must report before Astro reloads the same file.
 */
export function readSavedBytesSync(absolutePath: string): Uint8Array {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let bytes = readFileSync(absolutePath);
  for (let step = 0; bytes.length === 0 && step < SETTLE_STEPS; step++) {
    Atomics.wait(pause, 0, 0, SETTLE_STEP_MS);
    bytes = readFileSync(absolutePath);
  }
  return bytes;
}

/** Every file under `dir`, as paths relative to `rootDir` with forward slashes. */
export async function listFiles(rootDir: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(rootDir, dir), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => repositoryPath(rootDir, join(e.parentPath, e.name)));
}
