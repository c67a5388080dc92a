/**
 * Translation states: whether a translation has kept up with its English
 * original, from the same git history and the same "significant change" rule
 * that date pages ("Last updated", src/lib/dates/last-modified.ts), and the
 * notice a translated page shows when it has not.
 *
 * The rule, for one original and its translation in one language:
 * - A version's last significant change is the date its page says it last
 *   changed: its `updatedDate` when the editor set one, otherwise the latest
 *   commit touching its file, never before its `pubDate` (lastModifiedFromGit).
 *   A learning path has no dates of its own: its latest commit.
 * - `missing`: no translation file in that language.
 * - `up to date`: the original's last significant change is not later than the
 *   translation's. A translation not committed yet counts as written from the
 *   original as it is now.
 * - `behind since YYYY-MM-DD`: the original changed later. The day is the first
 *   significant change of the original after the translation's last change: its
 *   first commit after that moment (a commit before `pubDate` counts as
 *   `pubDate`), or its `updatedDate`, whichever comes first. Commits after an
 *   `updatedDate` are not significant (a typo fixed after a real update leaves
 *   "Last updated" as it was), so they never make a translation behind.
 *   The day is the calendar day in the institute's time zone (isoDay).
 * Without history (a shallow clone) the frontmatter dates alone decide.
 */
import { isoDay } from '../dates/index.ts';
import { lastModifiedFromGit, latestCommits, type FileCommits, type FileHistory } from '../dates/git-dates.ts';
import { gitCommits } from '../dates/git-history.ts';
import type { PageEntryCollection } from '../content/files.ts';
import { entryPath } from '../urls/paths.ts';

/** One version of a page (the original or a translation) as dated: its file and its frontmatter dates. */
export interface VersionDates {
  /** Repository path of its file ("content/articles/gu/x.mdx"), as Astro's `entry.filePath`. */
  filePath?: string | undefined;
  /** Articles and courses only; learning paths have none. */
  pubDate?: Date | undefined;
  updatedDate?: Date | undefined;
}

export type TranslationState = { kind: 'missing' } | { kind: 'up to date' } | { kind: 'behind'; since: Date };

/** A state in the words `npm run translations` prints: "missing", "up to date" or "behind since 2026-12-01". */
export function stateLabel(state: TranslationState): string {
  return state.kind === 'behind' ? `behind since ${isoDay(state.since)}` : state.kind;
}

/** Latest commit per file, computed once per commit map. */
const latestOf = new WeakMap<FileCommits, FileHistory>();
function historyOf(commits: FileCommits): FileHistory {
  let history = latestOf.get(commits);
  if (!history) latestOf.set(commits, (history = latestCommits(commits)));
  return history;
}

/** When a version last changed significantly; undefined for a learning path not committed yet. */
export function lastSignificantChange(version: VersionDates, commits: FileCommits): Date | undefined {
  const history = historyOf(commits);
  if (version.pubDate)
    return lastModifiedFromGit({ filePath: version.filePath, data: { pubDate: version.pubDate, updatedDate: version.updatedDate } }, history);
  return version.filePath ? history.get(version.filePath) : undefined;
}

/** The original's significant changes, oldest first: its commits (never before pubDate) up to its last significant change, and its updatedDate. */
function significantChanges(original: VersionDates, last: Date, commits: FileCommits): Date[] {
  const committed = (original.filePath ? (commits.get(original.filePath) ?? []) : []).map((date) =>
    original.pubDate && date < original.pubDate ? original.pubDate : date,
  );
  return [...committed, ...(original.updatedDate ? [original.updatedDate] : []), last].filter((date) => date <= last).sort((a, b) => a.getTime() - b.getTime());
}

/** The state of one translation (undefined: there is none) of one original. */
export function translationState(original: VersionDates, translation: VersionDates | undefined, commits: FileCommits): TranslationState {
  if (!translation) return { kind: 'missing' };
  const originalChanged = lastSignificantChange(original, commits);
  const translationChanged = lastSignificantChange(translation, commits);
  if (!originalChanged || !translationChanged || originalChanged <= translationChanged) return { kind: 'up to date' };
  const since = significantChanges(original, originalChanged, commits).find((date) => date > translationChanged) ?? originalChanged;
  return { kind: 'behind', since };
}

/** What a translated page says when its original changed after it: since when, and where the original is. */
export interface TranslationNotice {
  /** The first significant change of the original after the translation's last one. */
  since: Date;
  /** That day, YYYY-MM-DD in the institute's time zone, for <time datetime>. */
  sinceDay: string;
  /** Site path of the English original (without the base path): "/blog/x/". */
  originalPath: string;
}

export interface TranslatedPage {
  collection: PageEntryCollection;
  /** The id the original and its translations share. */
  sharedId: string;
  original: VersionDates;
  translation: VersionDates;
}

/** The notice a translated page shows, or undefined when it is up to date. Layouts call this with the page's two entries. */
export function translationNotice(page: TranslatedPage, commits: FileCommits = gitCommits()): TranslationNotice | undefined {
  const state = translationState(page.original, page.translation, commits);
  if (state.kind !== 'behind') return undefined;
  return { since: state.since, sinceDay: isoDay(state.since), originalPath: entryPath(page.collection, page.sharedId) };
}
