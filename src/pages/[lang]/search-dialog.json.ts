/** The search dialog's markup for pages in each translation language, `/gu/search-dialog.json` (see ../_search-dialog.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { translationLanguageCodes, type TranslationLanguageCode } from '../../lib/i18n/languages.ts';
import { searchDialogResponse } from '../_search-dialog.ts';

export const getStaticPaths = (() => translationLanguageCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => searchDialogResponse(params.lang as TranslationLanguageCode);
