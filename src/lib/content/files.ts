/** Reading content files from the repository, outside Astro's content layer (for the checks, the sitemap and scripts). */
import { slug as githubSlug } from 'github-slugger';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { parseContentFile, type ParsedFile } from './frontmatter.ts';

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

/** Data files (authors, batches, paths) are YAML throughout; the others are Markdown with YAML frontmatter. */
const isYamlFile = (ext: string) => ext === '.yaml' || ext === '.yml';

export async function loadContentFiles(rootDir: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const [collection, extensions] of Object.entries(COLLECTIONS) as [CollectionName, string[]][]) {
    const dir = join(rootDir, 'content', collection);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const ext = extname(name);
      if (!extensions.includes(ext)) continue;
      const source = await readFile(join(dir, name), 'utf8');
      const parsed = parseContentFile(source, isYamlFile(ext));
      files.push({ ...parsed, collection, id: entryId(name), path: relative(rootDir, join(dir, name)).split(sep).join('/') });
    }
  }
  return files;
}

/** Every file under `dir`, as paths relative to `rootDir` with forward slashes. */
export async function listFiles(rootDir: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(rootDir, dir), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(rootDir, join(e.parentPath, e.name)).split(sep).join('/'));
}
