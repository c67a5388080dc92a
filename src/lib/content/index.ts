/**
 * Content: this file's queries, plus the publish rule (publish.ts), the
 * frontmatter fields (fields.ts) and schemas (schemas.ts, shared with the
 * content checks), related articles, reading time, the table of contents,
 * course facts, and reading content files outside Astro (files.ts,
 * frontmatter.ts).
 *
 * Content queries: the only place pages read collections from, so drafts and
 * scheduled entries are filtered the same way everywhere (lists, tags, related).
 */
import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { listOncePerBuild, oncePerBuild } from '../build/memo.ts';
import { cacheKey, siteKey } from '../build/index.ts';
import { calendarYear } from '../dates/index.ts';
import { entryLastModified } from '../dates/last-modified.ts';
import { byNewest, isPublished } from './publish.ts';
import { redirectsOf, type Redirect } from '../urls/redirects.ts';
import { relatedFinder } from './related.ts';

export type Article = CollectionEntry<'articles'>;
export type Course = CollectionEntry<'courses'>;
export type Author = CollectionEntry<'authors'>;

/** Drafts are visible while writing (`astro dev`), never in a production build. */
const includeDrafts = import.meta.env.SHOW_DRAFTS === true;
const buildTime = new Date();
/** Only `astro dev` shows drafts, and only there can content change while pages render. */
const liveContent = includeDrafts;

/** Published articles, newest first (computed once per build: every article page asks). */
export const getArticles = listOncePerBuild(async (): Promise<Article[]> => {
  const all = await getCollection('articles', ({ data }) => isPublished(data, buildTime, includeDrafts));
  return all.sort(byNewest);
}, liveContent);

export const getCourses = listOncePerBuild(async (): Promise<Course[]> => {
  const all = await getCollection('courses', ({ data }) => isPublished(data, buildTime, includeDrafts));
  return all.sort((a, b) => Number(b.data.featured) - Number(a.data.featured) || a.data.title.localeCompare(b.data.title));
}, liveContent);

export const getAuthors = listOncePerBuild(async (): Promise<Author[]> => getCollection('authors'), liveContent);

export async function getAuthor(article: Article): Promise<Author> {
  const author = await getEntry(article.data.author);
  // The schema's reference() already fails the build on an unknown author.
  if (!author) throw new Error(`${article.filePath}: author "${article.data.author.id}" not found`);
  return author;
}

/** The article's related courses that are published, in frontmatter order. */
export async function getRelatedCourses(article: Article): Promise<Course[]> {
  const published = new Set((await getCourses()).map((c) => c.id));
  // Unknown references never get here: the content-check integration stops the build first.
  const entries: (Course | undefined)[] = await getEntries(article.data.relatedCourses);
  return entries.filter((c): c is Course => c !== undefined && published.has(c.id));
}

const asRelatable = (a: Article) => ({ id: a.id, tags: a.data.tags, pubDate: a.data.pubDate, entry: a });
const relatedInBuild = oncePerBuild(async () => relatedFinder((await getArticles()).map(asRelatable)), liveContent);

/** Up to three published articles related to this one (see relatedFinder); the tag index is built once per build. */
export async function getRelatedArticles(article: Article): Promise<Article[]> {
  return (await relatedInBuild())(asRelatable(article)).map((r) => r.entry);
}

/** Articles that list this course in relatedCourses, newest first. */
export async function articlesForCourse(course: Course): Promise<Article[]> {
  return (await getArticles()).filter((a) => a.data.relatedCourses.some((ref) => ref.id === course.id));
}

/** Every tag with its published articles, most-used first (the search dialog on every page lists the top ones). */
export const getTags = listOncePerBuild(async (): Promise<{ tag: string; articles: Article[] }[]> => {
  const byTag = new Map<string, Article[]>();
  for (const article of await getArticles()) {
    for (const tag of article.data.tags) {
      const list = byTag.get(tag);
      if (list) list.push(article);
      else byTag.set(tag, [article]);
    }
  }
  // Frozen because every page of a build shares them: changing one in place throws instead of altering other pages.
  return [...byTag.entries()]
    .map(([tag, articles]) => ({ tag, articles: Object.freeze(articles) as Article[] }))
    .sort((a, b) => b.articles.length - a.articles.length || a.tag.localeCompare(b.tag));
}, liveContent);

/** Old URLs of published articles and courses (their `redirectFrom`), each with the page it now leads to. */
export async function getRedirects(): Promise<(Redirect & { title: string })[]> {
  const entries = [...(await getArticles()), ...(await getCourses())];
  return entries.flatMap((e) =>
    redirectsOf([{ collection: e.collection, id: e.id, redirectFrom: e.data.redirectFrom }]).map((r) => ({ ...r, title: e.data.title })),
  );
}

/**
 * Sources that shape every page from outside Astro's module graph: the
 * integrations, the theme script they inject inline, and the config. Read as
 * text here, they are in the graph too, so Astro sees them change.
 */
const shapingSources = import.meta.glob<string>(['/src/integrations/*', '/src/scripts/theme.client.js', '/astro.config.mjs'], { query: '?raw', import: 'default', eager: true });

/** What every page may show besides its own entry (see siteKey); computed once per build. */
const siteKeyInBuild = oncePerBuild(async () => {
  const [articles, courses, authors] = await Promise.all([getArticles(), getCourses(), getAuthors()]);
  const dated = (e: Article | Course) => ({
    collection: e.collection,
    id: e.id,
    data: e.data,
    lastModified: entryLastModified({ ...e.data, filePath: e.filePath }),
  });
  return siteKey({
    entries: [...articles.map(dated), ...courses.map(dated), ...authors.map((a) => ({ collection: a.collection, id: a.id, data: a.data }))],
    year: calendarYear(new Date()),
    sources: shapingSources,
    runtime: process.version,
  });
}, liveContent);

/**
 * The `cacheKey` of a page for Astro's incremental build: the site's key,
 * plus, for an entry's own page, the digest of its file (body included).
 */
export async function pageCacheKey(entry?: Article | Course): Promise<string> {
  const site = await siteKeyInBuild();
  return entry ? cacheKey(site, entry.collection, entry.id, entry.digest ?? entry.body ?? '') : site;
}
