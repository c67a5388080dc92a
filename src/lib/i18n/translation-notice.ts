/**
 * The notice a translated page shows when its English original changed after
 * it, laid out for src/components/TranslationNote.astro: the sentence comes from
 * the page language's dictionary (group `translation`), the date and the link
 * from translationNotice in translation-state.ts.
 */
import { formatDate } from '../dates/index.ts';
import { languageOf, type LanguageCode } from './languages.ts';
import type { TranslationNotice } from './translation-state.ts';

export interface NoticeText {
  /** The sentence, with the date of the original's change (already formatted) in its place. */
  behindSince: (date: string) => string;
  /** The link to the English original. */
  original: string;
}

/** The notice as the component lays it out: text before and after the date, the date (machine and reader forms), the link. */
export interface NoticeParts {
  before: string;
  date: { datetime: string; text: string };
  after: string;
  link: { path: string; text: string };
}

/** Marks where the sentence puts the date, so the date can be a <time> element: no dictionary text contains it. */
const DATE_MARK = '\u0000';

export function noticeParts(notice: TranslationNotice, language: LanguageCode, text: NoticeText): NoticeParts {
  const [before = '', after, ...more] = text.behindSince(DATE_MARK).split(DATE_MARK);
  if (after === undefined || more.length) throw new Error(`the "${language}" notice must show the date once: ${text.behindSince('{date}')}`);
  return {
    before,
    date: { datetime: notice.sinceDay, text: formatDate(notice.since, languageOf(language).locale) },
    after,
    link: { path: notice.originalPath, text: text.original },
  };
}
