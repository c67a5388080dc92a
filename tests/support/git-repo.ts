/** A throwaway git repository for tests that date content from history: write files, commit them at a given time. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { testTempDir } from './temp-dir.ts';

export interface TestRepo {
  root: string;
  write: (path: string, text: string) => void;
  /** Commits everything written so far, committed (and authored) at `date` (ISO 8601). */
  commitAt: (date: string) => void;
}

export function testGitRepo(prefix: string): TestRepo {
  const root = testTempDir(prefix);
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, ...env },
    });
  git(['init', '-q']);
  return {
    root,
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    commitAt: (date) => {
      git(['add', '-A']);
      git(['commit', '-qm', `change at ${date}`], { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date });
    },
  };
}
