/**
 * Internal URLs, built in one place so the base path and the trailing-slash
 * policy (always) hold everywhere.
 */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Prefixes the deploy base path: href('/blog/') -> '/site/blog/' under base '/site'. */
export function href(path: string): string {
  const withSlash = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) || path.includes('#') ? path : `${path}/`;
  return `${base}${withSlash}`;
}

export const articleUrl = (id: string) => href(`/blog/${id}/`);
export const courseUrl = (id: string) => href(`/courses/${id}/`);
export const authorUrl = (id: string) => href(`/authors/${id}/`);
export const tagUrl = (tag: string) => href(`/blog/tags/${tag}/`);

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
