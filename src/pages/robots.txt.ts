import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/crawler-files.ts';
import { absoluteUrl } from '../lib/seo/page-meta.ts';
import { href } from '../lib/urls/index.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(href('/sitemap-index.xml'))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
