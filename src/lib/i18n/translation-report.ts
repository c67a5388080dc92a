/**
 * What `npm run translations` prints: every original (article, course,
 * learning path) with its state in each translation language, in the words of
 * src/lib/i18n/translation-state.ts, from content files read outside Astro.
 */
import { isPageEntry, type ContentFile, type TranslationFile } from '../content/files.ts';
import type { FileCommits } from '../dates/git-dates.ts';
import { parseDate } from '../dates/index.ts';
import { languageOf, translationLanguageCodes, type TranslationLanguageCode } from './languages.ts';
import { stateLabel, translationState, type TranslationState, type VersionDates } from './translation-state.ts';

export interface TranslationRow {
  /** The original's repository path. */
  original: string;
  language: TranslationLanguageCode;
  state: TranslationState;
  /** The translation exists but is a draft (not published yet). */
  draft: boolean;
}

const datesOf = (file: { path: string; data: Record<string, unknown> }): VersionDates => ({
  filePath: file.path,
  pubDate: parseDate(file.data['pubDate']),
  updatedDate: parseDate(file.data['updatedDate']),
});

/** One row per original and translation language, originals in path order. */
export function translationRows(files: readonly ContentFile[], translations: readonly TranslationFile[], commits: FileCommits): TranslationRow[] {
  const originals = files.filter(isPageEntry).sort((a, b) => a.path.localeCompare(b.path));
  const key = (collection: string, language: string, id: string) => `${collection}/${language}/${id}`;
  const byKey = new Map(translations.map((t) => [key(t.collection, t.language, t.sharedId), t]));
  return originals.flatMap((original) =>
    translationLanguageCodes.map((language): TranslationRow => {
      const translation = byKey.get(key(original.collection, language, original.id));
      return {
        original: original.path,
        language,
        state: translationState(datesOf(original), translation && datesOf(translation), commits),
        draft: translation?.data['draft'] === true,
      };
    }),
  );
}

/** The listing: each original, then one indented line per language; a count of each state last. */
export function formatTranslationRows(rows: readonly TranslationRow[]): string {
  const lines: string[] = [];
  let original: string | undefined;
  for (const row of rows) {
    if (row.original !== original) lines.push((original = row.original));
    lines.push(`  ${row.language}  ${stateLabel(row.state)}${row.draft ? ' (draft, not published yet)' : ''}`);
  }
  const count = (kind: TranslationState['kind']) => rows.filter((r) => r.state.kind === kind).length;
  const names = translationLanguageCodes.map((code) => `${code} = ${languageOf(code).englishName}`).join(', ');
  lines.push(`${count('up to date')} up to date, ${count('behind')} behind, ${count('missing')} missing (${names}).`);
  return lines.join('\n');
}
