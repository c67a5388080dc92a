import { site } from '../site.config.ts';

export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  /** Keep the page out of search indexes (404, search results). */
  noindex?: boolean;
}

/** "Page title | VTechLabs"; the home page is titled by the site itself. */
export function documentTitle(title: string, siteName = site.name): string {
  return title === siteName ? `${siteName}: ${site.tagline}` : `${title} | ${siteName}`;
}

/** Absolute canonical URL with the site's trailing-slash policy (always, except files). */
export function canonicalUrl(pathname: string, origin: URL | string): string {
  const url = new URL(pathname, origin);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return url.href;
}
