/**
 * The search dialog's markup (SearchDialog.astro) in one language as JSON,
 * `{ "html": … }`: pages do not carry the dialog; the search UI fetches the
 * one of the page's language on its first open (src/scripts/search-ui.ts:
 * `/search-dialog.json`, `/gu/search-dialog.json`, …). Rendered with Astro's
 * container API, the way to render a component outside a page.
 */
import { experimental_AstroContainer } from 'astro/container';
import SearchDialog from '../components/search/SearchDialog.astro';
import type { LanguageCode } from '../lib/i18n/languages.ts';

export async function searchDialogResponse(language: LanguageCode): Promise<Response> {
  const container = await experimental_AstroContainer.create();
  const html = await container.renderToString(SearchDialog, { props: { language } });
  return new Response(JSON.stringify({ html }), { headers: { 'content-type': 'application/json' } });
}
