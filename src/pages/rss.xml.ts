import type { APIRoute } from 'astro';
import { feedResponse } from './_feed.ts';

/** The English blog's feed; each other language has its own ([lang]/rss.xml.ts). */
export const GET: APIRoute = () => feedResponse('en');
