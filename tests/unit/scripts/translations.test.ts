import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testGitRepo } from '../../support/git-repo.ts';

const script = join(import.meta.dirname, '../../../scripts/translations.ts');

// Each test runs git or node several times: seconds on a busy machine.
describe('npm run translations', { timeout: 60_000 }, () => {
  it("lists each page's state in each language, in the words editors read", () => {
    const repo = testGitRepo('translations-script');
    const article = (title: string) => `---\ntitle: "${title}"\npubDate: 2026-01-10\n---\n\nText.\n`;
    repo.write('content/articles/a.mdx', article('A'));
    repo.write('content/articles/guide.mdx', article('Guide'));
    repo.write('content/courses/c.mdx', article('C'));
    repo.write('content/paths/p.yaml', 'title: P\n');
    repo.write('content/authors/me.yaml', 'name: Me\n');
    repo.commitAt('2026-01-10T09:00:00+05:30');
    repo.write('content/articles/gu/a.mdx', article('એ'));
    repo.write('content/articles/hi/a.mdx', article('ए'));
    repo.write('content/courses/hi/c.mdx', article('सी').replace('pubDate: 2026-01-10', 'pubDate: 2026-01-10\ndraft: true'));
    repo.commitAt('2026-02-01T09:00:00+05:30');
    repo.write('content/articles/a.mdx', article('A, revised'));
    repo.write('content/paths/p.yaml', 'title: P, revised\n');
    repo.commitAt('2026-02-15T09:00:00+05:30');
    repo.write('content/articles/hi/a.mdx', article('ए, नया'));
    repo.commitAt('2026-02-20T09:00:00+05:30');

    const output = execFileSync(process.execPath, [script], { env: { ...process.env, SITE_ROOT: repo.root }, encoding: 'utf8' });
    expect(output.trimEnd().split('\n')).toEqual([
      'content/articles/a.mdx',
      '  gu  behind since 2026-02-15',
      '  hi  up to date',
      'content/articles/guide.mdx',
      '  gu  missing',
      '  hi  missing',
      'content/courses/c.mdx',
      '  gu  missing',
      '  hi  up to date (draft, not published yet)',
      'content/paths/p.yaml',
      '  gu  missing',
      '  hi  missing',
      '2 up to date, 1 behind, 5 missing (gu = Gujarati, hi = Hindi).',
    ]);
  });
});
