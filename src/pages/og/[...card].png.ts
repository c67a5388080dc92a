import type { APIRoute, GetStaticPaths } from 'astro';
import { cardsToRender, type CardToRender } from '../../lib/social-images.ts';
import { cachedCardPng, drawAhead, loadCardFonts } from '../../lib/social-render.ts';

const fonts = loadCardFonts();

/**
 * Social cards (Open Graph and article images), rendered once per content change (see social-render.ts).
 * Astro asks every route for its paths before it renders any page, so a build starts drawing the cards
 * here, in worker threads, while it renders the HTML pages (the og route comes after them).
 */
export const getStaticPaths = (async () => {
  const cards = await cardsToRender();
  if (import.meta.env.PROD) await drawAhead([...new Set(cards.map((card) => card.set))], await fonts);
  return cards.map((card) => ({ params: { card: card.param }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardToRender }> = async ({ props: { card } }) => {
  const png = await cachedCardPng(card.set, card.size, await fonts);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
