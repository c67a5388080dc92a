/** The search dialog's markup for English pages (see _search-dialog.ts). */
import type { APIRoute } from 'astro';
import { defaultLanguage } from '../lib/i18n/languages.ts';
import { searchDialogResponse } from './_search-dialog.ts';

export const GET: APIRoute = () => searchDialogResponse(defaultLanguage.code);
