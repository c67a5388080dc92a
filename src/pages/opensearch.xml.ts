import type { APIRoute } from 'astro';
import { openSearchXml, OPENSEARCH_TYPE } from '../lib/seo/opensearch.ts';
import { href } from '../lib/urls/index.ts';
import { site } from '../site.config.ts';
import { PAGES } from '../lib/urls/paths.ts';

/** Lets browsers add the site's search (linked from every page's <head>). */
export const GET: APIRoute = ({ site: origin }) => {
  const absolute = (path: string) => new URL(href(path), origin ?? site.url).href;
  const body = openSearchXml({
    shortName: site.name,
    description: `Search articles, courses and learning paths from ${site.name}, ${site.city}`,
    language: site.locale,
    searchUrl: absolute(PAGES.search),
    selfUrl: absolute('/opensearch.xml'),
    iconUrl: absolute('/favicon.svg'),
    iconType: 'image/svg+xml',
  });
  return new Response(body, { headers: { 'content-type': OPENSEARCH_TYPE } });
};
