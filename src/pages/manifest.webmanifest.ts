import type { APIRoute } from 'astro';
import { webManifest } from '../lib/seo/icons.ts';
import { href } from '../lib/urls/index.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(webManifest(site, href), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
