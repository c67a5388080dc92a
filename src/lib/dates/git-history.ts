/**
 * The one git call behind "Last updated" dates: `git log` once per build for
 * every content file (not once per page). A shallow clone (CI's default) or a
 * copy without .git has no usable history: pages then fall back to their
 * frontmatter dates, with one warning.
 */
import { execFileSync } from 'node:child_process';
import { parseGitLog, type FileHistory } from './git-dates.ts';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

/** Latest commit date of every file under content/, or an empty map (with the reason) without full history. */
export function readGitHistory(cwd = process.cwd()): { history: FileHistory; warning?: string } {
  try {
    if (git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true') {
      return {
        history: new Map(),
        warning:
          'this is a shallow git clone, so "Last updated" dates fall back to pubDate/updatedDate (clone with full history, e.g. fetch-depth: 0, to use commit dates)',
      };
    }
    return { history: parseGitLog(git(['log', '--relative', '--format=%x1e%cI', '--name-only', '--', 'content'], cwd)) };
  } catch {
    return { history: new Map(), warning: 'no git history here, so "Last updated" dates fall back to pubDate/updatedDate' };
  }
}

let cached: FileHistory | undefined;

/** The history of the current directory, read once per process. */
export function gitHistory(): FileHistory {
  if (!cached) {
    const { history, warning } = readGitHistory();
    if (warning) console.warn(`[last-modified] ${warning}`);
    cached = history;
  }
  return cached;
}
