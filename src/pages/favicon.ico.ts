import type { APIRoute } from 'astro';
import faviconSvg from '../../public/favicon.svg?raw';
import { icoFromPng, renderIconPng } from '../lib/seo/icons.ts';

/** /favicon.ico for clients that request it without reading the page's <link rel="icon">. */
export const GET: APIRoute = () => {
  const ico = icoFromPng(renderIconPng(faviconSvg, 32), 32);
  return new Response(new Uint8Array(ico), { headers: { 'Content-Type': 'image/x-icon' } });
};
