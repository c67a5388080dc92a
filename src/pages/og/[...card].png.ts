import type { APIRoute, GetStaticPaths } from 'astro';
import { cardsToRender, type CardToRender } from '../../lib/social/index.ts';
import { cachedCardPng, cardCacheKey, drawAhead, loadCardFonts } from '../../lib/social/card-cache.ts';

const fonts = loadCardFonts();

/**
 * Social cards (Open Graph and article images), rendered once per content change (see src/lib/social/card-cache.ts).
 * Astro asks every route for its paths before it renders any page, so a build starts drawing the cards
 * here, in worker threads, while it renders the HTML pages (the og route comes after them).
 */
export const getStaticPaths = (async () => {
  const cards = await cardsToRender();
  const cardFonts = await fonts;
  if (import.meta.env.PROD) await drawAhead([...new Set(cards.map((card) => card.set))], cardFonts);
  // The key of what is drawn: an incremental rebuild copies an unchanged card instead of writing it again.
  return cards.map((card) => ({ params: { card: card.param }, props: { card }, cacheKey: cardCacheKey(card.set.content, card.size, cardFonts) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardToRender }> = async ({ props: { card } }) => {
  const png = await cachedCardPng(card.set, card.size, await fonts);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
