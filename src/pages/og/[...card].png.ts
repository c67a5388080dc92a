import type { APIRoute, GetStaticPaths } from 'astro';
import { cardsToRender, type CardToRender } from '../../lib/social-images.ts';
import { cachedCardPng, loadCardFonts } from '../../lib/social-render.ts';

/** Social cards (Open Graph and article images), rendered once per content change (see social-render.ts). */
export const getStaticPaths = (async () => (await cardsToRender()).map((card) => ({ params: { card: card.param }, props: { card } }))) satisfies GetStaticPaths;

const fonts = loadCardFonts();

export const GET: APIRoute<{ card: CardToRender }> = async ({ props: { card } }) => {
  const png = await cachedCardPng(card.set, card.size, await fonts);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
