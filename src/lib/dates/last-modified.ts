/**
 * When a page last changed, for the sitemap's <lastmod>, the page's "Last
 * updated" line and its structured data: an editor's updatedDate, else the
 * latest git commit touching the entry's file (never before pubDate), never
 * the build time. This is the one place that dates a page.
 */
import { lastChanged } from './index.ts';
import { lastModifiedFromGit, type FileHistory } from './git-dates.ts';
import { gitHistory } from './git-history.ts';
import { isPublished } from '../content/publish.ts';

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

const asDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/**
 * The published articles and courses with their dates, from raw frontmatter
 * (the sitemap runs after the build, outside Astro's content layer). Dates
 * are read like the schema's z.coerce.date(); drafts and scheduled entries drop out.
 */
export function datedContent(files: readonly RawContentFile[], now: Date): DatedContent[] {
  return files.flatMap((file): DatedContent[] => {
    if (file.collection !== 'articles' && file.collection !== 'courses') return [];
    const pubDate = asDate(file.data['pubDate']);
    if (!pubDate || !isPublished({ draft: file.data['draft'] === true, pubDate }, now, false)) return [];
    const tags = file.data['tags'];
    const author = file.data['author'];
    return [
      {
        collection: file.collection,
        id: file.id,
        pubDate,
        updatedDate: asDate(file.data['updatedDate']),
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
  const [section, first, second] = path.split('/').filter(Boolean);
  if (section === undefined) return newest(content);
  if (section === 'courses') return newest(first ? courses.filter((c) => c.id === first) : courses);
  if (section === 'authors') return first ? newest(articles.filter((a) => a.author === first)) : undefined;
  if (section !== 'blog') return undefined;
  if (first === undefined || /^\d+$/.test(first)) return newest(articles);
  if (first === 'tags') return newest(second ? articles.filter((a) => a.tags.includes(second)) : articles);
  return newest(articles.filter((a) => a.id === first));
}

/** True for a built page that asks not to be indexed (its robots meta says noindex). */
export function isNoindexHtml(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);
}
