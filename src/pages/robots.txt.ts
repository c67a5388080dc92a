import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/crawler-files.ts';
import { absoluteUrl } from '../lib/page-meta.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(href('/sitemap-index.xml'))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
