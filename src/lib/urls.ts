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
