/**
 * What search engines and link previews read: this file turns a page's
 * PageMeta into head tags; page-meta.ts fills it per kind of page, json-ld.ts
 * builds structured data, and icons, robots/llms.txt, OpenSearch, the feed and
 * the XML escape live beside them.
 */
import { site } from '../../site.config.ts';
import { isoDateTime } from '../dates/index.ts';
import type { JsonLdBlock } from './json-ld.ts';
import { OG_SIZE } from '../social/sizes.ts';
import { cardPath, splitPathLanguage } from '../urls/paths.ts';
import { alternatesOf, dictionaryOf, languageOfPathname, ogLocale, pageVersions, sitePathOf, type Alternate } from '../i18n/index.ts';
import type { LanguageCode } from '../i18n/languages.ts';

/** An image for link previews: a site path or absolute URL, with its pixel size and a description. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  /** MIME type, e.g. "image/png". */
  type: string;
}

/** What an article page adds to its head (Open Graph's article:* tags). */
export interface ArticleMeta {
  published: Date;
  modified: Date;
  tags: readonly string[];
  /** Absolute URL of the author's page. */
  authorUrl: string;
}

export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  /** Keep the page out of search indexes and the sitemap (404, search results). */
  noindex?: boolean;
  /** Open Graph type; "article" needs `article`. Defaults to "website". */
  type?: 'website' | 'article';
  /** Link-preview image; defaults to the home page's card. */
  image?: SocialImage;
  article?: ArticleMeta;
  /** Structured data about the page's main subject (breadcrumbs come from <Breadcrumbs>). */
  jsonLd?: readonly JsonLdBlock[];
  /**
   * The languages this page exists in, its own included (the same path after
   * each language's prefix): its hreflang alternates and the language switch.
   * Left out, the page exists in its own language only.
   */
  languages?: readonly LanguageCode[];
}

/** "Page title | VTechLabs"; the home page is titled by the site itself. */
export function documentTitle(title: string, siteName = site.name, tagline = site.tagline): string {
  return title === siteName ? `${siteName}: ${tagline}` : `${title} | ${siteName}`;
}

/** Absolute canonical URL with the site's trailing-slash policy (always, except files). */
export function canonicalUrl(pathname: string, origin: URL | string, basePath = '/'): string {
  // Astro renders error pages at "/404" ("/gu/404" for a language's) but they are written as files ("404.html").
  const isErrorPage = /^\/(404|500)\/?$/.test(splitPathLanguage(sitePathOf(pathname, basePath)).sharedPath);
  const url = new URL(isErrorPage ? `${pathname.replace(/\/$/, '')}.html` : pathname, origin);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return url.href;
}

/** The card every page without its own image shares: the home page's. */
export function defaultSocialImage(basePath = '/'): SocialImage {
  return {
    url: `${basePath.replace(/\/$/, '')}${cardPath('home')}`,
    ...OG_SIZE,
    alt: `${site.name}: ${site.tagline}`,
    type: 'image/png',
  };
}

/** One <meta> element: Open Graph uses `property`, everything else `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface HeadData {
  title: string;
  description: string;
  canonical: string;
  robots: string | undefined;
  meta: MetaTag[];
  jsonLd: readonly JsonLdBlock[];
  /** The page's language, read from its URL: <html lang>. */
  language: LanguageCode;
  /** hreflang alternates (none for a page in one language, or kept out of indexes). */
  alternates: Alternate[];
}

export interface HeadContext {
  /** The page's pathname, base path included. */
  pathname: string;
  /** The site's origin (Astro.site). */
  origin: URL | string;
  /** The deploy's base path, for the default image. */
  basePath?: string;
}

/** Everything BaseHead prints for a page, computed in one testable place. */
export function headData(page: PageMeta, { pathname, origin, basePath = '/' }: HeadContext): HeadData {
  const language = languageOfPathname(pathname, basePath);
  const title = documentTitle(page.title, site.name, dictionaryOf(language).site.tagline);
  const canonical = canonicalUrl(pathname, origin, basePath);
  const image = page.image ?? defaultSocialImage(basePath);
  const imageUrl = new URL(image.url, origin).href;
  const type = page.article ? (page.type ?? 'article') : 'website';
  const versions = pageVersions(pathname, page.languages ?? [language], basePath);
  const base = basePath.replace(/\/$/, '');
  // A page kept out of indexes names no alternates: search engines would not index them from it either.
  const alternates = page.noindex ? [] : alternatesOf(versions, (path) => new URL(`${base}${path}`, origin).href);
  const meta: MetaTag[] = [
    { property: 'og:type', content: type },
    { property: 'og:site_name', content: site.name },
    { property: 'og:locale', content: ogLocale(language) },
    ...versions.filter((v) => v.language !== language).map((v) => ({ property: 'og:locale:alternate', content: ogLocale(v.language) })),
    { property: 'og:title', content: page.title === site.name ? title : page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: canonical },
    { property: 'og:image', content: imageUrl },
    { property: 'og:image:type', content: image.type },
    { property: 'og:image:width', content: String(image.width) },
    { property: 'og:image:height', content: String(image.height) },
    { property: 'og:image:alt', content: image.alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image:alt', content: image.alt },
  ];
  if (page.article && type === 'article') {
    const a = page.article;
    meta.push(
      { property: 'article:published_time', content: isoDateTime(a.published) },
      { property: 'article:modified_time', content: isoDateTime(a.modified) },
      { property: 'article:author', content: a.authorUrl },
      ...a.tags.map((tag) => ({ property: 'article:tag', content: tag })),
    );
  }
  return {
    title,
    description: page.description,
    canonical,
    robots: page.noindex ? 'noindex, follow' : undefined,
    meta,
    jsonLd: page.jsonLd ?? [],
    language,
    alternates,
  };
}
