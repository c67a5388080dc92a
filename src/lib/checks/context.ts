/**
 * What the content checks know about the site besides the files themselves:
 * which entries this build publishes, which pages it will make and which
 * files exist. Built once per build by the content-check integration, from
 * lists it reads from disk (tests pass in-memory lists).
 */
import { isPublishedFile } from '../content/publish.ts';
import { parseDate } from '../dates/index.ts';
import { isPageEntry, type CollectionName, type ContentFile } from '../content/files.ts';
import { type Redirect, redirectsOf } from '../urls/redirects.ts';
import { knownPages, type KnownPages } from '../urls/paths.ts';

export interface CheckContext {
  files: readonly ContentFile[];
  /** Entries that become pages in this build (drafts only in dev). */
  published: ReadonlySet<ContentFile>;
  /** Pages of this build, redirect pages included. */
  pages: KnownPages;
  /** Pages with drafts and scheduled entries too: what links in a draft may lead to. */
  previewPages: KnownPages;
  redirects: readonly Redirect[];
  /** Repository-relative paths of every file under content/ and public/. */
  existingFiles: ReadonlySet<string>;
  /** Production origin: absolute links to it count as internal. */
  siteUrl: string;
}

export interface ContextInputs {
  /** Files under src/pages, relative to it ("blog/[slug].astro"). */
  pageFiles: readonly string[];
  existingFiles: Iterable<string>;
  /** Drafts and scheduled entries count as pages (astro dev). */
  includeDrafts: boolean;
  now: Date;
  siteUrl: string;
  blogPageSize: number;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The redirects made from `redirectFrom` of these entries. */
export function redirectsOfFiles(files: Iterable<ContentFile>): Redirect[] {
  return redirectsOf([...files].filter(isPageEntry).map((f) => ({ collection: f.collection, id: f.id, redirectFrom: stringList(f.data['redirectFrom']) })));
}

function pagesOf(files: readonly ContentFile[], shown: ReadonlySet<ContentFile>, inputs: ContextInputs): KnownPages {
  const shownIn = (collection: CollectionName) => files.filter((f) => f.collection === collection && shown.has(f));
  const pages = knownPages({
    pageFiles: inputs.pageFiles,
    articles: shownIn('articles').map((f) => ({ id: f.id, tags: stringList(f.data['tags']) })),
    courses: shownIn('courses').map((f) => f.id),
    authors: shownIn('authors').map((f) => f.id),
    paths: shownIn('paths').map((f) => f.id),
    blogPageSize: inputs.blogPageSize,
  });
  for (const r of redirectsOfFiles(shown)) pages.paths.add(r.from);
  return pages;
}

/** Broken files (they cannot be read, or do not match their schema) to imagine fixed. */
export interface AssumeFixed {
  files: ReadonlySet<ContentFile>;
  /** Tag pages they may make: their tags cannot be known while they are broken, so the tag pages published before (published-urls.txt) count. */
  tagPages: Iterable<string>;
}

/**
 * What the checks know about the site. With `assumeFixed`, the context is the
 * one the site would have once the broken files are fixed: each of them
 * counts as published unless it says otherwise in a way that can still be
 * read, and the tag pages they may make exist. A problem found without this
 * but not with it only follows from the broken files (see checkSite).
 */
export function buildCheckContext(files: readonly ContentFile[], inputs: ContextInputs, assumeFixed?: AssumeFixed): CheckContext {
  const unknownRule = (f: ContentFile) => !!assumeFixed?.files.has(f) && parseDate(f.data['pubDate']) === undefined && f.data['draft'] !== true;
  const published = new Set(files.filter((f) => isPublishedFile(f, inputs.now, inputs.includeDrafts) || unknownRule(f)));
  const pages = pagesOf(files, published, inputs);
  const previewPages = pagesOf(files, new Set(files), inputs);
  if (assumeFixed && [...assumeFixed.files].some((f) => f.collection === 'articles')) {
    for (const path of assumeFixed.tagPages) for (const p of [pages, previewPages]) p.paths.add(path);
  }
  return {
    files,
    published,
    pages,
    previewPages,
    redirects: redirectsOfFiles(published),
    existingFiles: new Set(inputs.existingFiles),
    siteUrl: inputs.siteUrl,
  };
}
