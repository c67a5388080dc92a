import type { APIRoute } from 'astro';
import { feedResponse } from '../_feed.ts';
import { isLanguageCode, translationLanguageCodes } from '../../lib/i18n/languages.ts';

/** The Gujarati and Hindi blogs' feeds: /gu/rss.xml, /hi/rss.xml. */
export function getStaticPaths() {
  return translationLanguageCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const { lang } = params;
  if (!lang || !isLanguageCode(lang)) throw new Error(`no feed for language "${lang}"`);
  return feedResponse(lang);
};
