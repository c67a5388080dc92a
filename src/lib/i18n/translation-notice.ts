/**
 * The words of the notice a translated page shows when its English original
 * changed after it (src/components/TranslationNotice.astro renders them; the
 * date and the link come from translationNotice in translation-state.ts).
 *
 * TEMPORARY HOME of these strings: they move into the per-language
 * dictionaries of src/lib/i18n/ when those land (group `translation`, keys
 * `behindSince(date)` and `original`, the shape NoticeText has); then
 * NOTICE_TEXT goes and the component is given the dictionary's group.
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

export const NOTICE_TEXT: Record<LanguageCode, NoticeText> = {
  en: {
    behindSince: (date) => `The English original was updated on ${date}, after this translation; those changes are not in it yet.`,
    original: 'Read the English original',
  },
  gu: {
    behindSince: (date) => `આ અનુવાદ પછી અંગ્રેજી મૂળ પેજ ${date}ના રોજ અપડેટ થયું છે; એ ફેરફારો હજી અહીં આવ્યા નથી.`,
    original: 'અંગ્રેજી મૂળ પેજ વાંચો',
  },
  hi: {
    behindSince: (date) => `इस अनुवाद के बाद अंग्रेज़ी मूल पेज ${date} को अपडेट हुआ है; वे बदलाव अभी यहाँ नहीं आए हैं।`,
    original: 'अंग्रेज़ी मूल पेज पढ़ें',
  },
};

/** The notice as the component lays it out: text before and after the date, the date (machine and reader forms), the link. */
export interface NoticeParts {
  before: string;
  date: { datetime: string; text: string };
  after: string;
  link: { path: string; text: string };
}

/** Marks where the sentence puts the date, so the date can be a <time> element: no dictionary text contains it. */
const DATE_MARK = '\u0000';

export function noticeParts(notice: TranslationNotice, language: LanguageCode, text: NoticeText = NOTICE_TEXT[language]): NoticeParts {
  const [before = '', after, ...more] = text.behindSince(DATE_MARK).split(DATE_MARK);
  if (after === undefined || more.length) throw new Error(`the "${language}" notice must show the date once: ${text.behindSince('{date}')}`);
  return {
    before,
    date: { datetime: notice.sinceDay, text: formatDate(notice.since, languageOf(language).locale) },
    after,
    link: { path: notice.originalPath, text: text.original },
  };
}
