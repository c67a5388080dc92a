/**
 * Content: this file's queries, plus the publish rule (publish.ts), the
 * frontmatter fields (fields.ts) and schemas (schemas.ts, shared with the
 * content checks), related articles, learning paths' steps
 * (learning-paths.ts), reading time, the table of contents, course facts, and
 * reading content files outside Astro (files.ts, frontmatter.ts).
 *
 * Content queries: the only place pages read collections from, so drafts and
 * scheduled entries are filtered the same way everywhere (lists, tags, related).
 */
import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { listOncePerBuild, oncePerBuild } from '../build/memo.ts';
import { cacheKey, siteKey } from '../build/index.ts';
import { calendarYear } from '../dates/index.ts';
import { entryLastModified, pathLastModified, type DatedContent } from '../dates/last-modified.ts';
import { byNewest, isPublished, isPublishedPath } from './publish.ts';
import { redirectsOf, type Redirect } from '../urls/redirects.ts';
import { relatedFinder } from './related.ts';
import { nextStart, upcomingBatches, type Batch } from '../batches/index.ts';
import { enquiryTarget } from '../enquiry/index.ts';
import { placeInPath, readingOrder, shownSteps, totalMinutes, type Place, type Step } from './learning-paths.ts';
import { readingMinutes } from './reading-time.ts';

export type Article = CollectionEntry<'articles'>;
export type Course = CollectionEntry<'courses'>;
export type Author = CollectionEntry<'authors'>;
export type { Batch };
export type LearningPathEntry = CollectionEntry<'paths'>;

/** A learning path as pages show it: its published articles and course, resolved. */
export interface LearningPath {
  entry: LearningPathEntry;
  id: string;
  title: string;
  description: string;
  overview?: Article | undefined;
  steps: Step<Article>[];
  /** The course the path leads to, when it is published. */
  course?: Course | undefined;
}

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

/** Whether content/batches/ holds a batch file (only the names are read here; the content layer loads them). */
const hasBatchFiles = Object.keys(import.meta.glob('/content/batches/**/*.{yaml,yml}', { query: '?raw' })).length > 0;

/**
 * Upcoming batches of published courses (starting on or after the build day in
 * the institute's zone), soonest first. The daily rebuild drops past ones.
 */
export const getUpcomingBatches = listOncePerBuild(async (): Promise<Batch[]> => {
  // getCollection() warns on every call for a collection with no entries, and the repository ships no batch.
  if (!hasBatchFiles) return [];
  const published = new Set((await getCourses()).map((c) => c.id));
  const entries = await getCollection('batches', ({ data }) => published.has(data.course.id));
  return upcomingBatches(
    entries.map(({ id, data }) => ({ ...data, id, course: data.course.id })),
    buildTime,
  );
}, liveContent);

/** A course's upcoming batches, soonest first. */
export async function batchesOf(course: Course): Promise<Batch[]> {
  return (await getUpcomingBatches()).filter((b) => b.course === course.id);
}

/** The start of a course's next batch one can join, if one is announced. */
export async function nextStartOf(course: Course): Promise<Date | undefined> {
  return nextStart(await batchesOf(course));
}

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

/**
 * Every published learning path, by title, with only what is published: a
 * scheduled article joins its step on its day (draft articles and unknown ids
 * never get here: src/lib/checks/paths.ts stops the build first).
 */
export const getLearningPaths = listOncePerBuild(async (): Promise<LearningPath[]> => {
  const [entries, articles, courses] = await Promise.all([getCollection('paths', ({ data }) => isPublishedPath(data, includeDrafts)), getArticles(), getCourses()]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  return entries
    .map((entry) => ({
      entry,
      id: entry.id,
      title: entry.data.title,
      description: entry.data.description,
      overview: entry.data.overview && articleById.get(entry.data.overview.id),
      steps: shownSteps(
        entry.data.steps.map((s) => ({ title: s.title, summary: s.summary, articles: s.articles.map((ref) => ref.id) })),
        (id) => articleById.get(id),
      ),
      course: entry.data.course && courses.find((c) => c.id === entry.data.course?.id),
    }))
    .filter((path) => path.steps.length > 0)
    .sort((a, b) => a.title.localeCompare(b.title));
}, liveContent);

/** When a path's page last changed: its own file, or any article it shows (see pathLastModified). */
export function learningPathLastModified(path: LearningPath): Date | undefined {
  const articles = [...(path.overview ? [path.overview] : []), ...readingOrder(path.steps).map((stop) => stop.article)];
  const dated = articles.map((a): DatedContent => ({ collection: 'articles', id: a.id, pubDate: a.data.pubDate, updatedDate: a.data.updatedDate, tags: a.data.tags, filePath: a.filePath }));
  return pathLastModified({ id: path.id, articles: dated.map((a) => a.id), filePath: path.entry.filePath }, dated);
}

/** Minutes to read every step of the path. */
export function learningPathMinutes(path: LearningPath): number {
  return totalMinutes(path.steps, (article) => readingMinutes(article.body ?? ''));
}

/** Each path the article is a step of, with its place there (an article may be a step of several paths). */
export async function pathsOfArticle(article: Article): Promise<{ path: LearningPath; place: Place<Article> }[]> {
  return (await getLearningPaths()).flatMap((path) => {
    const place = placeInPath(path.steps, article.id);
    return place ? [{ path, place }] : [];
  });
}

/** The learning paths that lead to this course (their `course`). */
export async function pathsToCourse(course: Course): Promise<LearningPath[]> {
  return (await getLearningPaths()).filter((path) => path.course?.id === course.id);
}

/** The paths this article introduces (their `overview`). */
export async function pathsIntroducedBy(article: Article): Promise<LearningPath[]> {
  return (await getLearningPaths()).filter((path) => path.overview?.id === article.id);
}

/** Old URLs of published articles, courses and paths (their `redirectFrom`), each with the page it now leads to. */
export async function getRedirects(): Promise<(Redirect & { title: string })[]> {
  const paths = (await getLearningPaths()).map((p) => ({ collection: p.entry.collection, id: p.id, data: p.entry.data }));
  const entries = [...(await getArticles()), ...(await getCourses()), ...paths];
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
  const [articles, courses, authors, batches, paths] = await Promise.all([getArticles(), getCourses(), getAuthors(), getUpcomingBatches(), getLearningPaths()]);
  const dated = (e: Article | Course) => ({
    collection: e.collection,
    id: e.id,
    data: e.data,
    lastModified: entryLastModified({ ...e.data, filePath: e.filePath }),
  });
  return siteKey({
    entries: [
      ...articles.map(dated),
      ...courses.map(dated),
      ...authors.map((a) => ({ collection: a.collection, id: a.id, data: a.data })),
      // Upcoming ones only: a batch whose start has passed drops off every page that listed it.
      ...batches.map((b) => ({ collection: 'batches', id: b.id, data: b })),
      ...paths.map((p) => {
        const lastModified = learningPathLastModified(p);
        return { collection: p.entry.collection, id: p.id, data: p.entry.data, ...(lastModified ? { lastModified } : {}) };
      }),
    ],
    settings: { enquiry: enquiryTarget() },
    year: calendarYear(new Date()),
    sources: shapingSources,
    runtime: process.version,
  });
}, liveContent);

/**
 * The `cacheKey` of a page for Astro's incremental build: the site's key,
 * plus, for an entry's own page, the digest of its file (body included).
 * Only a build reuses pages: the dev server gets no key, and so never hashes
 * every entry while an editor waits for a page.
 */
export async function pageCacheKey(entry?: Article | Course | LearningPathEntry): Promise<string | undefined> {
  if (liveContent) return undefined;
  const site = await siteKeyInBuild();
  return entry ? cacheKey(site, entry.collection, entry.id, entry.digest ?? entry.body ?? '') : site;
}
