/**
 * URLs: every page's address is built here. paths.ts owns the shape of each
 * kind of page (no Astro imports, so scripts and checks share it); this file
 * adds the deploy base path and the trailing-slash policy (always) for links.
 */
import { articlePath, authorPath, batchCalendarPath, courseCalendarPath, coursePath, learningPathPath, tagPath } from './paths.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Prefixes the deploy base path: href('/blog/') -> '/site/blog/' under base '/site'. */
export function href(path: string): string {
  const withSlash = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) || path.includes('#') ? path : `${path}/`;
  return `${base}${withSlash}`;
}

export const articleUrl = (id: string) => href(articlePath(id));
export const courseUrl = (id: string) => href(coursePath(id));
export const authorUrl = (id: string) => href(authorPath(id));
export const tagUrl = (tag: string) => href(tagPath(tag));
export const courseCalendarUrl = (courseId: string) => href(courseCalendarPath(courseId));
export const batchCalendarUrl = (courseId: string, batchId: string) => href(batchCalendarPath(courseId, batchId));
export const learningPathUrl = (id: string) => href(learningPathPath(id));

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
