/**
 * Site paths of content pages, without the deploy base path (src/lib/urls/index.ts
 * adds it for links in components). Plain functions with no Astro imports, so
 * the content checks, scripts/new.ts and the redirect list share them.
 */
import type { ArticleImageRatio } from '../social/sizes.ts';
import { defaultLanguage, isLanguageCode, languagePathPrefix, translationLanguageCodes, type LanguageCode } from '../i18n/languages.ts';
import { pageUrl } from './pagination.ts';

export type PageCollection = 'articles' | 'courses' | 'authors' | 'paths';

/** The site's fixed pages and the sections content pages live in. */
export const PAGES = {
  home: '/',
  blog: '/blog/',
  topics: '/blog/tags/',
  courses: '/courses/',
  paths: '/paths/',
  authors: '/authors/',
  about: '/about/',
  search: '/search/',
  /** Where form services send a reader back after an enquiry (noindex). */
  enquiryThanks: '/enquiry/thanks/',
  /** Every upcoming batch of every course, as an iCalendar file. */
  batchesCalendar: '/batches.ics',
} as const;

/**
 * A site path in a language: English paths have no prefix ("/blog/"), every
 * other language's the same path after its code ("/gu/blog/").
 */
export function inLanguage(path: string, language: LanguageCode = defaultLanguage.code): string {
  return `${languagePathPrefix(language)}${path}`;
}

/** A site path read as its language and the path every language shares: "/gu/blog/x/" -> gu, "/blog/x/"; "/guide/" -> en, "/guide/". */
export function splitPathLanguage(path: string): { language: LanguageCode; sharedPath: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(path);
  const first = match?.[1];
  if (first && first !== defaultLanguage.code && isLanguageCode(first)) return { language: first, sharedPath: match[2] ?? '/' };
  return { language: defaultLanguage.code, sharedPath: path };
}

export const articlePath = (id: string, language?: LanguageCode) => inLanguage(`${PAGES.blog}${id}/`, language);
export const coursePath = (id: string, language?: LanguageCode) => inLanguage(`${PAGES.courses}${id}/`, language);
export const authorPath = (id: string) => `${PAGES.authors}${id}/`;
export const tagPath = (tag: string, language?: LanguageCode) => inLanguage(`${PAGES.topics}${tag}/`, language);
/** A course's upcoming batches as an iCalendar file: "/courses/x/batches.ics" (beside the course page, from src/pages/courses/[slug]/). */
export const courseCalendarPath = (courseId: string) => `${coursePath(courseId)}batches.ics`;
/** One batch as an iCalendar file, for its "Add to calendar" link: "/courses/x/batches/<batch id>.ics". */
export const batchCalendarPath = (courseId: string, batchId: string) => `${coursePath(courseId)}batches/${batchId}.ics`;
/** A learning path's page: "/paths/how-to-become-a-backend-developer/". */
export const learningPathPath = (id: string, language?: LanguageCode) => inLanguage(`${PAGES.paths}${id}/`, language);

export type CardKind = 'home' | 'article' | 'course' | 'path';

const CARD_FOLDERS: Record<Exclude<CardKind, 'home'>, string> = { article: 'blog', course: 'courses', path: 'paths' };

/** Site path of a generated card: "/og/home.png", "/og/blog/x.png", "/og/blog/x.4x3.png". */
export function cardPath(kind: CardKind, id = '', ratio?: ArticleImageRatio): string {
  if (kind === 'home') return '/og/home.png';
  const folder = CARD_FOLDERS[kind];
  return `/og/${folder}/${id}${ratio ? `.${ratio}` : ''}.png`;
}

/** What a site path shows, read back from its shape (the inverse of the functions above). */
export type PageOfPath =
  { kind: 'home' | 'blog' | 'topics' | 'courses' | 'authors' | 'paths' | 'other' } | { kind: 'article' | 'course' | 'author' | 'tag' | 'path'; id: string };

export function pageOfPath(path: string): PageOfPath {
  const [section, first, second, ...rest] = path.split('/').filter(Boolean);
  if (section === undefined) return { kind: 'home' };
  if (rest.length) return { kind: 'other' };
  if (section === 'courses') return first === undefined ? { kind: 'courses' } : second === undefined ? { kind: 'course', id: first } : { kind: 'other' };
  if (section === 'authors') return first === undefined ? { kind: 'authors' } : second === undefined ? { kind: 'author', id: first } : { kind: 'other' };
  if (section === 'paths') return first === undefined ? { kind: 'paths' } : second === undefined ? { kind: 'path', id: first } : { kind: 'other' };
  if (section !== 'blog') return { kind: 'other' };
  if (first === undefined || (/^\d+$/.test(first) && second === undefined)) return { kind: 'blog' };
  if (first === 'tags') return second === undefined ? { kind: 'topics' } : { kind: 'tag', id: second };
  return second === undefined ? { kind: 'article', id: first } : { kind: 'other' };
}

const PATH_OF: Record<PageCollection, (id: string, language?: LanguageCode) => string> = {
  articles: articlePath,
  courses: coursePath,
  authors: authorPath,
  paths: learningPathPath,
};

/** A content page's path: entryPath('articles', 'x', 'gu') -> "/gu/blog/x/" (authors have English pages only). */
export function entryPath(collection: PageCollection, id: string, language?: LanguageCode): string {
  return collection === 'authors' ? authorPath(id) : PATH_OF[collection](id, language);
}

/**
 * Dynamic routes in src/pages whose pages are made from content, and so can be
 * listed exactly before a build. Any other dynamic route is only matched by
 * shape (see `routePattern`).
 */
const CONTENT_ROUTES = new Set(['blog/[slug]', 'blog/[...page]', 'blog/tags/[tag]', 'courses/[slug]', 'authors/[slug]', 'paths/[slug]', '[...redirect]']);

/** The folder of src/pages whose routes exist once per translation language ("/gu/…", "/hi/…"). */
const LANGUAGE_FOLDER = '[lang]';

/** "blog/index.astro" -> "blog/index" route name; "rss.xml.ts" -> "rss.xml". */
function routeName(file: string): string {
  return file.replace(/\.(astro|md|mdx|html|ts|js)$/, '');
}

/** The site path a static page file produces: "about.astro" -> "/about/", "rss.xml.ts" -> "/rss.xml". */
export function staticPagePath(file: string): string {
  const name = routeName(file).replace(/(^|\/)index$/, '');
  if (/\.[a-z0-9]+$/i.test(name)) return `/${name}`;
  if (name === '404') return '/404.html';
  return name ? `/${name}/` : '/';
}

/** A dynamic route's shape: "og/[slug].png" matches "/og/anything.png". */
export function routePattern(file: string): RegExp {
  const name = routeName(file);
  const isEndpoint = /\.[a-z0-9]+$/i.test(name.replace(/\[[^\]]*\]/g, 'x'));
  const source = name
    .split('/')
    .map((segment) =>
      segment
        .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
        .map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
        .join(''),
    )
    .join('/');
  return new RegExp(`^/${source}${isEndpoint ? '' : '/?'}$`);
}

export interface PageInputs {
  /** Files under src/pages, relative to it ("blog/[slug].astro"). */
  pageFiles: readonly string[];
  /** Entries that are published in this build. */
  articles: readonly { id: string; tags: readonly string[] }[];
  courses: readonly string[];
  authors: readonly string[];
  /** Learning paths (content/paths/). */
  paths: readonly string[];
  blogPageSize: number;
}

export interface KnownPages {
  paths: Set<string>;
  /** Shapes of dynamic routes that cannot be listed before the build. */
  patterns: RegExp[];
}

/** Every page the build will make, worked out from the content and src/pages. */
export function knownPages(input: PageInputs): KnownPages {
  const paths = new Set<string>();
  const patterns: RegExp[] = [];
  for (const pageFile of input.pageFiles) {
    if (!/\.(astro|md|mdx|html|ts|js)$/.test(pageFile) || pageFile.split('/').some((s) => s.startsWith('_'))) continue;
    // src/pages/[lang]/… makes the same pages under each translation language's prefix.
    const versions = pageFile.startsWith(`${LANGUAGE_FOLDER}/`)
      ? translationLanguageCodes.map((code) => ({ file: pageFile.slice(LANGUAGE_FOLDER.length + 1), prefix: languagePathPrefix(code) }))
      : [{ file: pageFile, prefix: '' }];
    for (const { file, prefix } of versions) {
      if (!file.includes('[')) paths.add(`${prefix}${staticPagePath(file)}`);
      // Translated content pages are matched by shape: the content checks read originals only.
      else if (!CONTENT_ROUTES.has(routeName(file)) || prefix) patterns.push(new RegExp(`^${prefix}${routePattern(file).source.slice(1)}`));
    }
  }
  for (const a of input.articles) paths.add(articlePath(a.id));
  for (const id of input.courses) paths.add(coursePath(id));
  for (const id of input.authors) paths.add(authorPath(id));
  for (const id of input.paths) paths.add(learningPathPath(id));
  for (const tag of new Set(input.articles.flatMap((a) => a.tags))) paths.add(tagPath(tag));
  const blogPages = Math.max(1, Math.ceil(input.articles.length / input.blogPageSize));
  for (let n = 1; n <= blogPages; n++) paths.add(pageUrl(PAGES.blog, n));
  return { paths, patterns };
}

export function isKnownPage(pages: KnownPages, path: string): boolean {
  return pages.paths.has(path) || pages.patterns.some((p) => p.test(path));
}
