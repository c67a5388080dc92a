/**
 * When a page last changed, for the sitemap's <lastmod>, the page's "Last
 * updated" line and its structured data: an editor's updatedDate, else the
 * latest git commit touching the entry's file (never before pubDate), never
 * the build time. This is the one place that dates a page.
 */
import { lastChanged, parseDate } from './index.ts';
import { lastModifiedFromGit, type FileHistory } from './git-dates.ts';
import { gitHistory } from './git-history.ts';
import { isPublishedFile, isPublishedPath } from '../content/publish.ts';
import { pageOfPath } from '../urls/paths.ts';

export interface DatedContent {
  collection: 'articles' | 'courses';
  id: string;
  pubDate: Date;
  updatedDate?: Date | undefined;
  tags: readonly string[];
  /** Author id, for articles. */
  author?: string | undefined;
  /** Repository path of the source file ("content/articles/x.mdx"), for its git history. */
  filePath?: string | undefined;
}

/** A content file's frontmatter as read by src/lib/content/frontmatter.ts. */
export interface RawContentFile {
  collection: string;
  id: string;
  data: Record<string, unknown>;
  /** Repository path of the file. */
  path?: string;
}

/**
 * The published articles and courses with their dates, from raw frontmatter
 * (the sitemap runs after the build, outside Astro's content layer), by the
 * one date parser and the one publish rule.
 */
export function datedContent(files: readonly RawContentFile[], now: Date): DatedContent[] {
  return files.flatMap((file): DatedContent[] => {
    if (file.collection !== 'articles' && file.collection !== 'courses') return [];
    const pubDate = parseDate(file.data['pubDate']);
    if (!pubDate || !isPublishedFile(file, now, false)) return [];
    const tags = file.data['tags'];
    const author = file.data['author'];
    return [
      {
        collection: file.collection,
        id: file.id,
        pubDate,
        updatedDate: parseDate(file.data['updatedDate']),
        tags: Array.isArray(tags) ? tags.map(String) : [],
        author: typeof author === 'string' ? author : undefined,
        filePath: file.path,
      },
    ];
  });
}

/** A learning path as the sitemap dates it: its file and the articles its page shows. */
export interface DatedPath {
  id: string;
  /** Ids of the overview and step articles. */
  articles: readonly string[];
  /** Repository path of the path's file, for its git history. */
  filePath?: string | undefined;
}

/** The published learning paths among raw content files (content/paths/*.yaml). */
export function datedPaths(files: readonly RawContentFile[]): DatedPath[] {
  return files.flatMap((file): DatedPath[] => {
    if (file.collection !== 'paths' || !isPublishedPath({ draft: file.data['draft'] === true }, false)) return [];
    const { overview, steps } = file.data;
    const stepArticles = Array.isArray(steps)
      ? steps.flatMap((s: unknown) => (s && typeof s === 'object' && 'articles' in s && Array.isArray(s.articles) ? s.articles : []))
      : [];
    const articles = [overview, ...stepArticles].filter((id): id is string => typeof id === 'string');
    return [{ id: file.id, articles, filePath: file.path }];
  });
}

/**
 * When one article or course last changed. Its page's article:modified_time,
 * JSON-LD dateModified and sitemap <lastmod> all come from here, so they agree.
 */
export function entryLastModified(entry: { pubDate: Date; updatedDate?: Date | undefined; filePath?: string | undefined }, history?: FileHistory): Date {
  if (entry.updatedDate || !entry.filePath) return lastChanged(entry.pubDate, entry.updatedDate);
  return lastModifiedFromGit({ filePath: entry.filePath, data: entry }, history ?? gitHistory());
}

function latest(dates: readonly (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined);
}

/**
 * When a learning path's page last changed: the last commit of its own file
 * (steps reordered, a summary reworded) or the last change of an article it
 * shows (their titles, descriptions and reading times are on the page),
 * whichever is later. `content` holds the published articles.
 */
export function pathLastModified(path: DatedPath, content: readonly DatedContent[], history: FileHistory = gitHistory()): Date | undefined {
  const { article } = contentDates(content);
  return latest([...path.articles.map((id) => article.get(id)), path.filePath ? history.get(path.filePath) : undefined]);
}

/** The newest date of each group of entries a page can show, found in one pass over the entries. */
interface ContentDates {
  all?: Date;
  articles?: Date;
  courses?: Date;
  article: Map<string, Date>;
  course: Map<string, Date>;
  author: Map<string, Date>;
  tag: Map<string, Date>;
}

/**
 * Indexed once per list of entries: the sitemap asks for every page of the
 * site, and scanning every entry for each page (every blog page lists the
 * newest of all articles) made that quadratic: 1.4 s for 5,000 articles.
 */
const datesOfContent = new WeakMap<readonly DatedContent[], ContentDates>();

const laterOf = (known: Date | undefined, date: Date): Date => (known && known > date ? known : date);

function later(map: Map<string, Date>, key: string, date: Date): void {
  map.set(key, laterOf(map.get(key), date));
}

function contentDates(content: readonly DatedContent[]): ContentDates {
  const known = datesOfContent.get(content);
  if (known) return known;
  const dates: ContentDates = { article: new Map(), course: new Map(), author: new Map(), tag: new Map() };
  for (const entry of content) {
    const date = entryLastModified(entry);
    dates.all = laterOf(dates.all, date);
    if (entry.collection === 'courses') {
      dates.courses = laterOf(dates.courses, date);
      later(dates.course, entry.id, date);
    } else if (entry.collection === 'articles') {
      dates.articles = laterOf(dates.articles, date);
      later(dates.article, entry.id, date);
      if (entry.author) later(dates.author, entry.author, date);
      for (const tag of entry.tags) later(dates.tag, tag, date);
    }
  }
  datesOfContent.set(content, dates);
  return dates;
}

/**
 * The last change of the page at `path` (a site path without the base, e.g.
 * "/blog/x/"): its own entry's date, or the newest of the entries a list page
 * shows. Undefined for pages no content dates (about): no <lastmod> beats a wrong one.
 */
export function lastModified(path: string, content: readonly DatedContent[], paths: readonly DatedPath[] = [], history?: FileHistory): Date | undefined {
  const dates = contentDates(content);
  const page = pageOfPath(path);
  switch (page.kind) {
    case 'home':
      return dates.all;
    case 'courses':
      return dates.courses;
    case 'course':
      return dates.course.get(page.id);
    case 'author':
      return dates.author.get(page.id);
    case 'blog':
    case 'topics':
      return dates.articles;
    case 'tag':
      return dates.tag.get(page.id);
    case 'article':
      return dates.article.get(page.id);
    case 'paths':
      return latest(paths.map((p) => pathLastModified(p, content, history)));
    case 'path': {
      const shown = paths.find((p) => p.id === page.id);
      return shown && pathLastModified(shown, content, history);
    }
    default:
      return undefined;
  }
}
