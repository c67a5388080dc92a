/**
 * The git side of dating a page (used by entryLastModified in
 * src/lib/dates/last-modified.ts): `updatedDate` when the editor sets it, otherwise
 * the latest commit touching its file, never before its pubDate. Pure;
 * src/lib/dates/git-history.ts runs git.
 */
export interface Dated {
  /** Repository-relative path of the source file, as Astro's `entry.filePath`. */
  filePath?: string | undefined;
  data: { pubDate: Date; updatedDate?: Date | undefined };
}

/** Latest commit date per repository-relative file path. */
export type FileHistory = ReadonlyMap<string, Date>;

/** Every commit date per repository-relative file path, newest first (translation states need more than the latest). */
export type FileCommits = ReadonlyMap<string, readonly Date[]>;

/**
 * Parses `git log --format=%x1e%cI --name-only`: records separated by U+001E,
 * each a commit date line followed by the files it touched, newest first.
 */
export function parseGitCommits(output: string): Map<string, Date[]> {
  const commits = new Map<string, Date[]>();
  for (const record of output.split('\u001e')) {
    const [dateLine, ...files] = record.split('\n').map((l) => l.trim());
    const date = new Date(dateLine ?? '');
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) {
      if (!file) continue;
      const dates = commits.get(file);
      if (dates) dates.push(date);
      else commits.set(file, [date]);
    }
  }
  return commits;
}

/** The newest commit date of each file in a FileCommits map. */
export function latestCommits(commits: FileCommits): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const [file, dates] of commits) if (dates[0]) latest.set(file, dates[0]);
  return latest;
}

/** The same log read for "Last updated": only the newest commit date per file. */
export function parseGitLog(output: string): Map<string, Date> {
  return latestCommits(parseGitCommits(output));
}

export function lastModifiedFromGit(entry: Dated, history: FileHistory): Date {
  const { pubDate, updatedDate } = entry.data;
  if (updatedDate) return updatedDate;
  const committed = entry.filePath ? history.get(entry.filePath) : undefined;
  // A scheduled article is often committed before its pubDate: it cannot have changed before it appeared.
  return committed && committed > pubDate ? committed : pubDate;
}
