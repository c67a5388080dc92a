/**
 * When a page last changed, for the sitemap's <lastmod>, the page's "Last
 * updated" line and its structured data: an editor's updatedDate, else the
 * latest git commit touching the entry's file (never before pubDate), never
 * the build time. This is the one place that dates a page.
 */
import { lastChanged, parseDate } from './index.ts';
import { lastModifiedFromGit, type FileHistory } from './git-dates.ts';
import { gitHistory } from './git-history.ts';
import { isPublishedFile } from '../content/publish.ts';
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

/**
 * When one article or course last changed. Its page's article:modified_time,
 * JSON-LD dateModified and sitemap <lastmod> all come from here, so they agree.
 */
export function entryLastModified(entry: { pubDate: Date; updatedDate?: Date | undefined; filePath?: string | undefined }, history?: FileHistory): Date {
  if (entry.updatedDate || !entry.filePath) return lastChanged(entry.pubDate, entry.updatedDate);
  return lastModifiedFromGit({ filePath: entry.filePath, data: entry }, history ?? gitHistory());
}

function newest(entries: readonly DatedContent[]): Date | undefined {
  return entries.map((e) => entryLastModified(e)).reduce<Date | undefined>((max, d) => (!max || d > max ? d : max), undefined);
}

/**
 * The last change of the page at `path` (a site path without the base, e.g.
 * "/blog/x/"): its own entry's date, or the newest of the entries a list page
 * shows. Undefined for pages no content dates (about): no <lastmod> beats a wrong one.
 */
export function lastModified(path: string, content: readonly DatedContent[]): Date | undefined {
  const articles = content.filter((e) => e.collection === 'articles');
  const courses = content.filter((e) => e.collection === 'courses');
  const page = pageOfPath(path);
  switch (page.kind) {
    case 'home':
      return newest(content);
    case 'courses':
      return newest(courses);
    case 'course':
      return newest(courses.filter((c) => c.id === page.id));
    case 'author':
      return newest(articles.filter((a) => a.author === page.id));
    case 'blog':
    case 'topics':
      return newest(articles);
    case 'tag':
      return newest(articles.filter((a) => a.tags.includes(page.id)));
    case 'article':
      return newest(articles.filter((a) => a.id === page.id));
    default:
      return undefined;
  }
}
