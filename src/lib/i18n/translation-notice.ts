/**
 * The words of the notice a translated page shows when its English original
 * changed after it (src/components/TranslationNotice.astro renders them; the
 * date and the link come from translationNotice in translation-state.ts).
 *
 * TEMPORARY HOME of these strings: they move into the per-language
 * dictionaries of src/lib/i18n/ when those land (keys
 * `translationNotice.behind` and `translationNotice.readOriginal`); then
 * NOTICE_TEXT goes and noticeParts takes the dictionary's two strings.
 */
import { formatDate } from '../dates/index.ts';
import { languageOf, type LanguageCode } from './languages.ts';
import type { TranslationNotice } from './translation-state.ts';

export interface NoticeText {
  /** The sentence, with "{date}" where the date of the original's change goes. */
  behind: string;
  /** The link to the English original. */
  readOriginal: string;
}

export const NOTICE_TEXT: Record<LanguageCode, NoticeText> = {
  en: {
    behind: 'The English original was updated on {date}, after this translation; those changes are not in it yet.',
    readOriginal: 'Read the English original',
  },
  gu: {
    behind: 'આ અનુવાદ પછી અંગ્રેજી મૂળ પેજ {date}ના રોજ અપડેટ થયું છે; એ ફેરફારો હજી અહીં આવ્યા નથી.',
    readOriginal: 'અંગ્રેજી મૂળ પેજ વાંચો',
  },
  hi: {
    behind: 'इस अनुवाद के बाद अंग्रेज़ी मूल पेज {date} को अपडेट हुआ है; वे बदलाव अभी यहाँ नहीं आए हैं।',
    readOriginal: 'अंग्रेज़ी मूल पेज पढ़ें',
  },
};

/** The notice as the component lays it out: text before and after the date, the date (machine and reader forms), the link. */
export interface NoticeParts {
  before: string;
  date: { datetime: string; text: string };
  after: string;
  link: { path: string; text: string };
}

export function noticeParts(notice: TranslationNotice, language: LanguageCode, text: NoticeText = NOTICE_TEXT[language]): NoticeParts {
  const at = text.behind.indexOf('{date}');
  if (at < 0) throw new Error(`the notice text of "${language}" has no {date}: ${text.behind}`);
  return {
    before: text.behind.slice(0, at),
    date: { datetime: notice.sinceDay, text: formatDate(notice.since, languageOf(language).locale) },
    after: text.behind.slice(at + '{date}'.length),
    link: { path: notice.originalPath, text: text.readOriginal },
  };
}
