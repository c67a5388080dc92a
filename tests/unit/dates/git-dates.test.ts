import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitHistory } from '../../../src/lib/dates/git-history.ts';
import { lastModifiedFromGit, parseGitCommits, parseGitLog } from '../../../src/lib/dates/git-dates.ts';
import { datedContent, entryLastModified, lastModified } from '../../../src/lib/dates/last-modified.ts';

const log =
  '\u001e2026-03-02T10:00:00+05:30\n\ncontent/articles/a.mdx\ncontent/articles/b.mdx\n\u001e2026-01-05T09:00:00+05:30\n\ncontent/articles/a.mdx\ncontent/courses/c.mdx\n';

describe('parseGitLog', () => {
  it('keeps the newest commit date per file', () => {
    const history = parseGitLog(log);
    expect(history.get('content/articles/a.mdx')?.toISOString()).toBe('2026-03-02T04:30:00.000Z');
    expect(history.get('content/courses/c.mdx')?.toISOString()).toBe('2026-01-05T03:30:00.000Z');
    expect(history.size).toBe(3);
  });
});

describe('parseGitCommits', () => {
  it('keeps every commit date per file, newest first', () => {
    const commits = parseGitCommits(log);
    expect(commits.get('content/articles/a.mdx')?.map((d) => d.toISOString())).toEqual(['2026-03-02T04:30:00.000Z', '2026-01-05T03:30:00.000Z']);
    expect(commits.get('content/articles/b.mdx')).toHaveLength(1);
    expect(parseGitCommits('not a log')).toEqual(new Map());
  });
});

describe('lastModifiedFromGit', () => {
  const history = parseGitLog(log);
  const pubDate = new Date('2026-01-01');

  it('uses the latest commit of the file', () => {
    expect(lastModifiedFromGit({ filePath: 'content/articles/a.mdx', data: { pubDate } }, history)).toEqual(history.get('content/articles/a.mdx'));
  });

  it('lets updatedDate override git', () => {
    const updatedDate = new Date('2026-02-01');
    expect(lastModifiedFromGit({ filePath: 'content/articles/a.mdx', data: { pubDate, updatedDate } }, history)).toBe(updatedDate);
  });

  it('never goes before pubDate, and falls back to it without history', () => {
    const late = new Date('2026-06-01');
    expect(lastModifiedFromGit({ filePath: 'content/articles/a.mdx', data: { pubDate: late } }, history)).toBe(late);
    expect(lastModifiedFromGit({ filePath: 'content/articles/new.mdx', data: { pubDate } }, new Map())).toBe(pubDate);
  });
});

describe('entryLastModified with git history', () => {
  const history = parseGitLog(log);
  const pubDate = new Date('2026-01-01');

  it('dates an entry by its latest commit unless updatedDate is set', () => {
    expect(entryLastModified({ pubDate, filePath: 'content/articles/a.mdx' }, history)).toEqual(history.get('content/articles/a.mdx'));
    const updatedDate = new Date('2026-02-01');
    expect(entryLastModified({ pubDate, updatedDate, filePath: 'content/articles/a.mdx' }, history)).toBe(updatedDate);
  });

  it('gives the sitemap the same date through datedContent', () => {
    const files = [{ collection: 'articles', id: 'a', path: 'content/articles/a.mdx', data: { pubDate: '2026-01-01' } }];
    const [entry] = datedContent(files, new Date('2026-06-01'));
    expect(entry?.filePath).toBe('content/articles/a.mdx');
    expect(entry && entryLastModified(entry, history)).toEqual(history.get('content/articles/a.mdx'));
    expect(lastModified('/blog/a/', datedContent(files, new Date('2026-06-01')))).toBeInstanceOf(Date);
  });
});

describe('readGitHistory', () => {
  const run = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });

  it('reads commit dates in a full clone and warns in a shallow one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'git-history-'));
    try {
      await mkdir(join(dir, 'repo/content/articles'), { recursive: true });
      const repo = join(dir, 'repo');
      run(repo, 'init', '-q');
      for (const [i, date] of ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'].entries()) {
        await writeFile(join(repo, 'content/articles/a.mdx'), `version ${i}`);
        run(repo, 'add', '.');
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', `v${i}`], {
          cwd: repo,
          stdio: 'ignore',
          env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
        });
      }
      const full = readGitHistory(repo);
      expect(full.warning).toBeUndefined();
      expect(full.history.get('content/articles/a.mdx')?.toISOString()).toBe('2026-02-01T00:00:00.000Z');

      run(dir, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
      const shallow = readGitHistory(join(dir, 'shallow'));
      expect(shallow.history.size).toBe(0);
      expect(shallow.warning).toContain('shallow git clone');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
