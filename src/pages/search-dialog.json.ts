/**
 * The search dialog's markup (SearchDialog.astro) as JSON, `{ "html": … }`:
 * pages do not carry the dialog; the search UI fetches this on its first open
 * (src/scripts/search-ui.ts). Rendered with Astro's container API, the way to
 * render a component outside a page.
 */
import type { APIRoute } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import SearchDialog from '../components/search/SearchDialog.astro';

export const GET: APIRoute = async () => {
  const container = await experimental_AstroContainer.create();
  const html = await container.renderToString(SearchDialog);
  return new Response(JSON.stringify({ html }), { headers: { 'content-type': 'application/json' } });
};
