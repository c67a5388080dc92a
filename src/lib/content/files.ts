/** Reading content files from the repository, outside Astro's content layer (for the checks, the sitemap and scripts). */
import { slug as githubSlug } from 'github-slugger';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { parseContentBytes, type ParsedFile } from './frontmatter.ts';
import { isLanguageCode, defaultLanguage, type TranslationLanguageCode } from '../i18n/languages.ts';

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

/** Collections whose entries can be translated (the pairing rule: src/lib/i18n/languages.ts). */
export const translatableCollections: readonly PageEntryCollection[] = ['articles', 'courses', 'paths'];

const isTranslatable = (collection: string): collection is PageEntryCollection => (translatableCollections as readonly string[]).includes(collection);

/**
 * What a folder name looks like when an editor meant a language: two lowercase
 * letters, as the site's language codes are ("gu", "hi", and "fr" for a language
 * the site does not have). Any other sub-folder ("2026", "old") is just a sub-folder.
 */
const LANGUAGE_LIKE_FOLDER = /^[a-z]{2}$/;

/**
 * A content file in a language folder of a translatable collection
 * ("content/articles/gu/x.mdx"): the collection, the folder, the language when
 * it is one of the site's translation languages (not for "fr", nor for "en":
 * English originals live at the top), and the id it shares with its original.
 * Only the folder names the language: "content/articles/guide.mdx" is English
 * (Astro issue #14359 is what a prefix test on names does to such files).
 */
export interface LanguageFolderFile {
  collection: PageEntryCollection;
  folder: string;
  language?: TranslationLanguageCode | undefined;
  /** The entry id of the original it translates: the file name without extension, slugified like any id. */
  sharedId: string;
  path: string;
}

export function languageFolderFile(path: string): LanguageFolderFile | undefined {
  const [top, collection, folder, name, ...deeper] = path.split('/');
  if (top !== 'content' || !collection || !folder || !name || deeper.length || !isTranslatable(collection)) return undefined;
  if (!LANGUAGE_LIKE_FOLDER.test(folder) || !COLLECTIONS[collection].includes(extname(name))) return undefined;
  const language = isLanguageCode(folder) && folder !== defaultLanguage.code ? folder : undefined;
  return { collection, folder, language, sharedId: entryId(name), path };
}

/** A translation of one of the site's languages, by its path ("content/articles/gu/x.mdx"); undefined for any other file. */
export function translationPathOf(path: string): (LanguageFolderFile & { language: TranslationLanguageCode }) | undefined {
  const file = languageFolderFile(path);
  return file?.language ? { ...file, language: file.language } : undefined;
}

/**
 * A content file Astro's loader would read but the checks would not: one in a
 * sub-folder of its collection ("content/articles/2026/x.mdx"). Astro's glob
 * reads sub-folders too, and would then publish it unchecked (or fail on its
 * id, which holds a slash); the checks report it instead. A file in a language
 * folder of a translatable collection is not one: it is a translation, checked
 * by src/lib/checks/translations.ts (which also refuses unknown languages).
 */
export function nestedEntryCollection(path: string): CollectionName | undefined {
  const [top, folder, ...rest] = path.split('/');
  if (top !== 'content' || !folder || rest.length < 2 || !Object.hasOwn(COLLECTIONS, folder) || languageFolderFile(path)) return undefined;
  const collection = folder as CollectionName;
  return COLLECTIONS[collection].includes(extname(path)) ? collection : undefined;
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

/** A translation's file read outside Astro: its frontmatter (dates, draft flag) with the pairing its path gives. */
export interface TranslationFile extends ParsedFile {
  /** The original's collection. */
  collection: PageEntryCollection;
  language: TranslationLanguageCode;
  /** The id it shares with its original. */
  sharedId: string;
  path: string;
}

/** Every translation file of the site's languages (content/<articles|courses|paths>/<language>/*), sorted by path. */
export async function loadTranslationFiles(rootDir: string): Promise<TranslationFile[]> {
  const files: TranslationFile[] = [];
  for (const path of (await listFiles(rootDir, 'content')).sort()) {
    const translation = translationPathOf(path);
    if (!translation) continue;
    const { collection, language, sharedId } = translation;
    files.push({ ...parseContentBytes(await readFile(join(rootDir, path)), isYamlCollection(collection)), collection, language, sharedId, path });
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
