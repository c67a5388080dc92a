/**
 * URLs: every page's address is built here. paths.ts owns the shape of each
 * kind of page (no Astro imports, so scripts and checks share it); this file
 * adds the deploy base path and the trailing-slash policy (always) for links.
 */
import { articlePath, authorPath, batchCalendarPath, courseCalendarPath, coursePath, inLanguage, learningPathPath, tagPath } from './paths.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import { dictionaryOf, languageOfPathname } from '../i18n/index.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Prefixes the deploy base path: href('/blog/') -> '/site/blog/' under base '/site'. */
export function href(path: string): string {
  const withSlash = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) || path.includes('#') ? path : `${path}/`;
  return `${base}${withSlash}`;
}

/** The language of the page at a URL (Astro.url): its first path segment after the base path. */
export const pageLanguage = (url: URL): LanguageCode => languageOfPathname(url.pathname, import.meta.env.BASE_URL);
/** The interface strings of the page at a URL, in its language. */
export const pageDictionary = (url: URL) => dictionaryOf(pageLanguage(url));

/** A site path in a language, with the base path: localHref('/blog/', 'gu') -> '/gu/blog/'. */
export const localHref = (path: string, language?: LanguageCode) => href(inLanguage(path, language));

export const articleUrl = (id: string, language?: LanguageCode) => href(articlePath(id, language));
export const courseUrl = (id: string, language?: LanguageCode) => href(coursePath(id, language));
export const authorUrl = (id: string) => href(authorPath(id));
export const tagUrl = (tag: string, language?: LanguageCode) => href(tagPath(tag, language));
export const courseCalendarUrl = (courseId: string) => href(courseCalendarPath(courseId));
export const batchCalendarUrl = (courseId: string, batchId: string) => href(batchCalendarPath(courseId, batchId));
export const learningPathUrl = (id: string, language?: LanguageCode) => href(learningPathPath(id, language));

/**
 * Links written by editors inside content ("/courses/x/") are site paths:
 * give them the base path. External, protocol-relative, anchor and relative
 * links are left as written. Editors never write the base path themselves (it
 * depends on the deploy), so a path is always prefixed, even one that happens
 * to start like the base.
 */
export function contentHref(url: string, basePath = base): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  return `${basePath}${url}`;
}
