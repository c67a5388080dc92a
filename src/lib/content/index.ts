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
import { translatedArticleData, translatedCourseData, translatedPathData } from './translations.ts';
import { defaultLanguage, languageCodes, languageOf, splitEntryId, type LanguageCode } from '../i18n/languages.ts';
import { translationNotice, type TranslationNotice, type VersionDates } from '../i18n/translation-state.ts';

export type ArticleTranslation = CollectionEntry<'articleTranslations'>;
export type CourseTranslation = CollectionEntry<'courseTranslations'>;
export type PathTranslation = CollectionEntry<'pathTranslations'>;
/**
 * An article as a page shows it, in one language. An English one is the entry
 * itself; a translated one has the original's id and facts, the translation's
 * text, dates, body and file, and the translation entry (`translation`), which
 * is what render() renders.
 */
export type Article = CollectionEntry<'articles'> & { translation?: ArticleTranslation };
export type Course = CollectionEntry<'courses'> & { translation?: CourseTranslation };
export type Author = CollectionEntry<'authors'>;
export type { Batch };
export type LearningPathEntry = CollectionEntry<'paths'>;

/** The language of an article, course or path as a page shows it. */
export function languageOfEntry(entry: { translation?: { id: string } | undefined }): LanguageCode {
  return entry.translation ? splitEntryId(entry.translation.id).language : defaultLanguage.code;
}

/** The entry whose body a page renders: the translation's for a translated one. */
export function renderedEntry<Entry extends Article | Course>(entry: Entry): NonNullable<Entry['translation']> | Entry {
  return entry.translation ?? entry;
}

/** A learning path as pages show it: its published articles and course, resolved. */
export interface LearningPath {
  entry: LearningPathEntry;
  /** The path's translation when it is shown in another language than English. */
  translation?: PathTranslation | undefined;
  language: LanguageCode;
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

/** Which translation files exist (names only): getCollection() warns on every call for a collection with no entries. */
const translationFiles = Object.keys(import.meta.glob(['/content/{articles,courses}/*/*.{md,mdx}', '/content/paths/*/*.{yaml,yml}'], { query: '?raw' }));
const hasTranslations = (collection: 'articles' | 'courses' | 'paths') => translationFiles.some((file) => file.startsWith(`/content/${collection}/`));

/** Published translations in one language, by the id they share with their original. */
async function publishedTranslations<Name extends 'articleTranslations' | 'courseTranslations'>(
  name: Name,
  language: LanguageCode,
): Promise<Map<string, CollectionEntry<Name>>> {
  if (!hasTranslations(name === 'articleTranslations' ? 'articles' : 'courses')) return new Map();
  const entries = await getCollection(name, (entry) => splitEntryId(entry.id).language === language && isPublished(entry.data, buildTime, includeDrafts));
  return new Map(entries.map((entry) => [splitEntryId(entry.id).sharedId, entry]));
}

/** A translation's body, file and digest: what its page reads from its own file. */
function fileOf(translation: ArticleTranslation | CourseTranslation) {
  const { id: _id, collection: _collection, data: _data, ...file } = translation;
  return file;
}

/** One query per language, each computed once per build. */
function perLanguage<T>(query: (language: LanguageCode) => Promise<readonly T[]>): (language?: LanguageCode) => Promise<T[]> {
  const memos = new Map(languageCodes.map((code) => [code, listOncePerBuild(() => query(code), liveContent)]));
  return (language = defaultLanguage.code) => memos.get(language)!();
}

const publishedArticles = listOncePerBuild(() => getCollection('articles', ({ data }) => isPublished(data, buildTime, includeDrafts)), liveContent);
const publishedCourses = listOncePerBuild(() => getCollection('courses', ({ data }) => isPublished(data, buildTime, includeDrafts)), liveContent);

/**
 * Published articles in a language (English by default), newest first
 * (computed once per build: every article page asks). A translation is
 * published when it and its original are.
 */
export const getArticles = perLanguage(async (language): Promise<Article[]> => {
  const originals = await publishedArticles();
  if (language === defaultLanguage.code) return [...originals].sort(byNewest);
  const translations = await publishedTranslations('articleTranslations', language);
  return originals
    .flatMap((original): Article[] => {
      const translation = translations.get(original.id);
      if (!translation) return [];
      return [{ ...original, ...fileOf(translation), data: translatedArticleData(original.data, translation.data), translation }];
    })
    .sort(byNewest);
});

export const getCourses = perLanguage(async (language): Promise<Course[]> => {
  const originals = await publishedCourses();
  const translations = language === defaultLanguage.code ? undefined : await publishedTranslations('courseTranslations', language);
  const shown = originals.flatMap((original): Course[] => {
    if (!translations) return [original];
    const translation = translations.get(original.id);
    if (!translation) return [];
    return [{ ...original, ...fileOf(translation), data: translatedCourseData(original.data, translation.data), translation }];
  });
  return shown.sort((a, b) => Number(b.data.featured) - Number(a.data.featured) || a.data.title.localeCompare(b.data.title, language));
});

/** An article or course in a language when it is published there, else in English (links from translated pages to what is not translated yet). */
export async function inLanguageOrEnglish<Entry extends Article | Course>(entry: Entry, language: LanguageCode): Promise<Entry> {
  const list: readonly (Article | Course)[] = entry.collection === 'articles' ? await getArticles(language) : await getCourses(language);
  const english: readonly (Article | Course)[] = entry.collection === 'articles' ? await getArticles() : await getCourses();
  return ((list.find((e) => e.id === entry.id) ?? english.find((e) => e.id === entry.id)) as Entry | undefined) ?? entry;
}

/** The languages a content page exists in (published), English first: its page's alternates. */
export async function languagesOf(collection: 'articles' | 'courses' | 'paths', id: string): Promise<LanguageCode[]> {
  const present = await Promise.all(
    languageCodes.map(async (code) => {
      const list: readonly { id: string }[] =
        collection === 'articles' ? await getArticles(code) : collection === 'courses' ? await getCourses(code) : await getLearningPaths(code);
      return list.some((entry) => entry.id === id) ? [code] : [];
    }),
  );
  return present.flat();
}

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
export async function batchesOf(course: Pick<Course, 'id'>): Promise<Batch[]> {
  return (await getUpcomingBatches()).filter((b) => b.course === course.id);
}

/** The start of a course's next batch one can join, if one is announced. */
export async function nextStartOf(course: Pick<Course, 'id'>): Promise<Date | undefined> {
  return nextStart(await batchesOf(course));
}

export async function getAuthor(article: Article): Promise<Author> {
  const author = await getEntry(article.data.author);
  // The schema's reference() already fails the build on an unknown author.
  if (!author) throw new Error(`${article.filePath}: author "${article.data.author.id}" not found`);
  return author;
}

/** The article's related courses that are published, in frontmatter order, in the article's language where translated (else English). */
export async function getRelatedCourses(article: Article): Promise<Course[]> {
  const published = new Set((await getCourses()).map((c) => c.id));
  // Unknown references never get here: the content-check integration stops the build first.
  const entries: (Course | undefined)[] = await getEntries(article.data.relatedCourses);
  const shown = entries.filter((c): c is Course => c !== undefined && published.has(c.id));
  return Promise.all(shown.map((course) => inLanguageOrEnglish(course, languageOfEntry(article))));
}

const asRelatable = (a: Article) => ({ id: a.id, tags: a.data.tags, pubDate: a.data.pubDate, entry: a });
const relatedInBuild = new Map(
  languageCodes.map((code) => [code, oncePerBuild(async () => relatedFinder((await getArticles(code)).map(asRelatable)), liveContent)]),
);

/** Up to three published articles in the same language related to this one (see relatedFinder); the tag index is built once per build. */
export async function getRelatedArticles(article: Article): Promise<Article[]> {
  return (await relatedInBuild.get(languageOfEntry(article))!())(asRelatable(article)).map((r) => r.entry);
}

/** Articles in the course's language that list this course in relatedCourses, newest first. */
export async function articlesForCourse(course: Course): Promise<Article[]> {
  return (await getArticles(languageOfEntry(course))).filter((a) => a.data.relatedCourses.some((ref) => ref.id === course.id));
}

/** Every tag with its published articles in a language, most-used first (the search dialog on every page lists the top ones). */
export const getTags = perLanguage(async (language): Promise<{ tag: string; articles: Article[] }[]> => {
  const byTag = new Map<string, Article[]>();
  for (const article of await getArticles(language)) {
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
});

/**
 * Every published learning path, by title, with only what is published: a
 * scheduled article joins its step on its day (draft articles and unknown ids
 * never get here: src/lib/checks/paths.ts stops the build first).
 */
export const getLearningPaths = perLanguage(async (language): Promise<LearningPath[]> => {
  const [entries, translations, articles, courses] = await Promise.all([
    getCollection('paths', ({ data }) => isPublishedPath(data, includeDrafts)),
    language !== defaultLanguage.code && hasTranslations('paths')
      ? getCollection('pathTranslations', (t) => splitEntryId(t.id).language === language && isPublishedPath(t.data, includeDrafts))
      : [],
    getArticles(),
    getCourses(),
  ]);
  const translationOf = new Map(translations.map((t) => [splitEntryId(t.id).sharedId, t]));
  // A translated path links each article and its course in the path's language where translated, else in English.
  const [shownArticles, shownCourses] =
    language === defaultLanguage.code ? [articles, courses] : await Promise.all([Promise.all(articles.map((a) => inLanguageOrEnglish(a, language))), Promise.all(courses.map((c) => inLanguageOrEnglish(c, language)))]);
  const articleById = new Map(shownArticles.map((a) => [a.id, a]));
  return entries
    .flatMap((entry) => {
      const translation = translationOf.get(entry.id);
      if (language !== defaultLanguage.code && !translation) return [];
      const data = translation ? translatedPathData(entry.data, translation.data, translation.filePath ?? translation.id) : entry.data;
      return [
        {
          entry,
          translation,
          language,
          id: entry.id,
          title: data.title,
          description: data.description,
          overview: data.overview && articleById.get(data.overview.id),
          steps: shownSteps(
            data.steps.map((s) => ({ title: s.title, summary: s.summary, articles: s.articles.map((ref) => ref.id) })),
            (id) => articleById.get(id),
          ),
          course: data.course && shownCourses.find((c) => c.id === data.course?.id),
        },
      ];
    })
    .filter((path) => path.steps.length > 0)
    .sort((a, b) => a.title.localeCompare(b.title, language));
});

/** When a path's page last changed: its own file, or any article it shows (see pathLastModified). */
export function learningPathLastModified(path: LearningPath): Date | undefined {
  const articles = [...(path.overview ? [path.overview] : []), ...readingOrder(path.steps).map((stop) => stop.article)];
  const dated = articles.map((a): DatedContent => ({ collection: 'articles', id: a.id, pubDate: a.data.pubDate, updatedDate: a.data.updatedDate, tags: a.data.tags, filePath: a.filePath }));
  return pathLastModified({ id: path.id, articles: dated.map((a) => a.id), filePath: (path.translation ?? path.entry).filePath }, dated);
}

/** Minutes to read every step of the path. */
export function learningPathMinutes(path: LearningPath): number {
  return totalMinutes(path.steps, articleMinutes);
}

/** Minutes to read an article, its words counted in its own language. */
export function articleMinutes(article: Article): number {
  return readingMinutes(article.body ?? '', languageOf(languageOfEntry(article)).locale);
}

/** Each path the article is a step of, with its place there (an article may be a step of several paths). */
export async function pathsOfArticle(article: Article): Promise<{ path: LearningPath; place: Place<Article> }[]> {
  return (await getLearningPaths(languageOfEntry(article))).flatMap((path) => {
    const place = placeInPath(path.steps, article.id);
    return place ? [{ path, place }] : [];
  });
}

/** The learning paths that lead to this course (their `course`). */
export async function pathsToCourse(course: Course): Promise<LearningPath[]> {
  return (await getLearningPaths(languageOfEntry(course))).filter((path) => path.course?.id === course.id);
}

/** The paths this article introduces (their `overview`). */
export async function pathsIntroducedBy(article: Article): Promise<LearningPath[]> {
  return (await getLearningPaths(languageOfEntry(article))).filter((path) => path.overview?.id === article.id);
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
  // Every language's entries: a listing in one language changes when one of its translations does.
  const inEveryLanguage = async <T>(query: (language: LanguageCode) => Promise<T[]>) => (await Promise.all(languageCodes.map(query))).flat();
  const [articles, courses, authors, batches, paths] = await Promise.all([
    inEveryLanguage(getArticles),
    inEveryLanguage(getCourses),
    getAuthors(),
    getUpcomingBatches(),
    inEveryLanguage(getLearningPaths),
  ]);
  const dated = (e: Article | Course) => ({
    collection: e.collection,
    id: (e.translation ?? e).id,
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
        const entry = p.translation ?? p.entry;
        return { collection: entry.collection, id: entry.id, data: entry.data, ...(lastModified ? { lastModified } : {}) };
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
export async function pageCacheKey(page?: Article | Course | LearningPathEntry | PathTranslation): Promise<string | undefined> {
  if (liveContent) return undefined;
  const site = await siteKeyInBuild();
  // A translated page's own file is its translation's.
  const entry = page && 'translation' in page && page.translation ? page.translation : page;
  return entry ? cacheKey(site, entry.collection, entry.id, entry.digest ?? entry.body ?? '') : site;
}

/**
 * What a translated page says when its English original changed after it
 * (src/lib/i18n/translation-state.ts, from git history), or undefined for an
 * original or an up-to-date translation.
 */
export async function translationNoticeOf(
  collection: 'articles' | 'courses' | 'paths',
  entry: { id: string; translation?: { filePath?: string | undefined; data: object } | undefined },
): Promise<TranslationNotice | undefined> {
  if (!entry.translation) return undefined;
  const original = await getEntry(collection, entry.id);
  if (!original) return undefined;
  return translationNotice({ collection, sharedId: entry.id, original: versionDates(original), translation: versionDates(entry.translation) });
}

/** A version's file and frontmatter dates (learning paths have none). */
function versionDates(version: { filePath?: string | undefined; data: object }): VersionDates {
  const data = version.data as { pubDate?: Date; updatedDate?: Date };
  return { filePath: version.filePath, pubDate: data.pubDate, updatedDate: data.updatedDate };
}
