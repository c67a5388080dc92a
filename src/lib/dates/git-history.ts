/**
 * The one git call behind "Last updated" dates and translation states: `git log`
 * once per build for every content file (not once per page). A shallow clone (CI's default) or a
 * copy without .git has no usable history: pages then fall back to their
 * frontmatter dates, with one warning.
 */
import { execFileSync } from 'node:child_process';
import { latestCommits, parseGitCommits, type FileCommits, type FileHistory } from './git-dates.ts';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

/** Every commit date of every file under content/ (newest first), or an empty map (with the reason) without full history. */
export function readGitCommits(cwd = process.cwd()): { commits: FileCommits; warning?: string } {
  try {
    if (git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true') {
      return {
        commits: new Map(),
        warning:
          'this is a shallow git clone, so "Last updated" dates fall back to pubDate/updatedDate (clone with full history, e.g. fetch-depth: 0, to use commit dates)',
      };
    }
    return { commits: parseGitCommits(git(['log', '--relative', '--format=%x1e%cI', '--name-only', '--', 'content'], cwd)) };
  } catch {
    return { commits: new Map(), warning: 'no git history here, so "Last updated" dates fall back to pubDate/updatedDate' };
  }
}

/** Latest commit date of every file under content/, or an empty map (with the reason) without full history. */
export function readGitHistory(cwd = process.cwd()): { history: FileHistory; warning?: string } {
  const { commits, warning } = readGitCommits(cwd);
  return warning === undefined ? { history: latestCommits(commits) } : { history: latestCommits(commits), warning };
}

let cachedCommits: FileCommits | undefined;
let cached: FileHistory | undefined;

/** Every commit date of the current directory's content files, read once per process. */
export function gitCommits(): FileCommits {
  if (!cachedCommits) {
    const { commits, warning } = readGitCommits();
    if (warning) console.warn(`[last-modified] ${warning}`);
    cachedCommits = commits;
  }
  return cachedCommits;
}

/** The history of the current directory, read once per process. */
export function gitHistory(): FileHistory {
  return (cached ??= latestCommits(gitCommits()));
}
