import type { APIRoute, GetStaticPaths } from 'astro';
import faviconSvg from '../../public/favicon.svg?raw';
import { fullBleedSvg, PNG_ICONS, renderIconPng, type IconSpec } from '../lib/seo/icons.ts';

/** The PNG icons (apple-touch-icon, manifest icons), rendered from the favicon at build. */
export const getStaticPaths = (() =>
  PNG_ICONS.map((icon) => ({ params: { icon: icon.path.slice(1, -'.png'.length) }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: IconSpec }> = ({ props: { icon } }) => {
  const png = renderIconPng(icon.fullBleed ? fullBleedSvg(faviconSvg) : faviconSvg, icon.size);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
