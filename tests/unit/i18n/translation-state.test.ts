import { describe, expect, it } from 'vitest';
import { readGitCommits } from '../../../src/lib/dates/git-history.ts';
import { stateLabel, translationNotice, translationState, type VersionDates } from '../../../src/lib/i18n/translation-state.ts';
import { testGitRepo } from '../../support/git-repo.ts';

const at = (iso: string) => new Date(iso);
const original = 'content/articles/x.mdx';
const gujarati = 'content/articles/gu/x.mdx';
const article = (filePath: string, pubDate = '2026-01-10', updatedDate?: string): VersionDates => ({
  filePath,
  pubDate: at(`${pubDate}T00:00:00Z`),
  updatedDate: updatedDate ? at(`${updatedDate}T00:00:00Z`) : undefined,
});

describe('translationState', () => {
  it('is missing without a translation, whatever the history', () => {
    expect(stateLabel(translationState(article(original), undefined, new Map()))).toBe('missing');
  });

  it('is up to date when the original has not changed since the translation', () => {
    const commits = new Map([
      [original, [at('2026-01-10T10:00:00Z')]],
      [gujarati, [at('2026-02-01T10:00:00Z')]],
    ]);
    expect(stateLabel(translationState(article(original), article(gujarati, '2026-02-01'), commits))).toBe('up to date');
  });

  it('is behind since the first change of the original after the translation, not its latest', () => {
    const commits = new Map([
      [original, [at('2026-04-01T10:00:00Z'), at('2026-03-05T10:00:00Z'), at('2026-01-10T10:00:00Z')]],
      [gujarati, [at('2026-02-01T10:00:00Z')]],
    ]);
    expect(stateLabel(translationState(article(original), article(gujarati, '2026-02-01'), commits))).toBe('behind since 2026-03-05');
  });

  it("dates the change on the institute's calendar day (India), not UTC's", () => {
    const commits = new Map([
      [original, [at('2026-03-05T20:00:00Z')]],
      [gujarati, [at('2026-02-01T10:00:00Z')]],
    ]);
    expect(stateLabel(translationState(article(original), article(gujarati, '2026-02-01'), commits))).toBe('behind since 2026-03-06');
  });

  it('ignores commits after an updatedDate, as "Last updated" does, and counts the updatedDate itself as a change', () => {
    const commits = new Map([
      [original, [at('2026-05-20T10:00:00Z'), at('2026-01-10T10:00:00Z')]],
      [gujarati, [at('2026-04-01T10:00:00Z')]],
    ]);
    // A typo fixed on 20 May after the real update of 1 March: the translation of 1 April is up to date.
    expect(stateLabel(translationState(article(original, '2026-01-10', '2026-03-01'), article(gujarati, '2026-02-01'), commits))).toBe('up to date');
    // The update of 1 May comes after the translation: behind since that day, the typo commit does not move it.
    expect(stateLabel(translationState(article(original, '2026-01-10', '2026-05-01'), article(gujarati, '2026-02-01'), commits))).toBe(
      'behind since 2026-05-01',
    );
  });

  it("lets the translation's own updatedDate say when it caught up", () => {
    const commits = new Map([[original, [at('2026-03-05T10:00:00Z'), at('2026-01-10T10:00:00Z')]]]);
    expect(stateLabel(translationState(article(original), article(gujarati, '2026-02-01', '2026-03-10'), commits))).toBe('up to date');
  });

  it('counts a commit made before the original was published as its publication day', () => {
    const commits = new Map([
      [original, [at('2026-03-05T10:00:00Z'), at('2026-01-02T10:00:00Z')]],
      [gujarati, [at('2026-01-05T10:00:00Z')]],
    ]);
    // The translation was committed on 5 January, before the original appeared on 10 January.
    expect(stateLabel(translationState(article(original), article(gujarati, '2026-01-01'), commits))).toBe('behind since 2026-01-10');
  });

  it('dates learning paths, which have no dates of their own, by their commits only', () => {
    const path = { filePath: 'content/paths/p.yaml' };
    const translated = { filePath: 'content/paths/hi/p.yaml' };
    const commits = new Map([
      [path.filePath, [at('2026-06-01T10:00:00Z'), at('2026-01-01T10:00:00Z')]],
      [translated.filePath, [at('2026-02-01T10:00:00Z')]],
    ]);
    expect(stateLabel(translationState(path, translated, commits))).toBe('behind since 2026-06-01');
    expect(stateLabel(translationState(path, { filePath: 'content/paths/gu/p.yaml' }, commits))).toBe('up to date');
  });

  it('falls back to the frontmatter dates without history', () => {
    expect(stateLabel(translationState(article(original, '2026-01-10', '2026-03-01'), article(gujarati, '2026-02-01'), new Map()))).toBe(
      'behind since 2026-03-01',
    );
    expect(stateLabel(translationState(article(original), article(gujarati, '2026-02-01'), new Map()))).toBe('up to date');
  });
});

// Each test runs git or node several times: seconds on a busy machine.
describe('in a git repository where the original changes after its translation', { timeout: 60_000 }, () => {
  it('reads the translation as behind since that change, and gives the page its notice until the translation catches up', () => {
    const repo = testGitRepo('translation-state');
    const frontmatter = (title: string, pubDate: string) => `---\ntitle: "${title}"\npubDate: ${pubDate}\n---\n\nText.\n`;
    repo.write('content/articles/how-to-become-a-backend-developer.mdx', frontmatter('How to become a backend developer', '2026-01-10'));
    repo.commitAt('2026-01-10T09:00:00+05:30');
    repo.write('content/articles/gu/how-to-become-a-backend-developer.mdx', frontmatter('બેકએન્ડ ડેવલપર કેવી રીતે બનવું', '2026-02-01'));
    repo.commitAt('2026-02-01T09:00:00+05:30');
    repo.write('content/articles/how-to-become-a-backend-developer.mdx', frontmatter('How to become a backend developer in 2026', '2026-01-10'));
    repo.commitAt('2026-03-05T09:00:00+05:30');
    repo.write('content/articles/how-to-become-a-backend-developer.mdx', frontmatter('How to become a backend developer (updated)', '2026-01-10'));
    repo.commitAt('2026-04-01T09:00:00+05:30');

    const page = {
      collection: 'articles' as const,
      sharedId: 'how-to-become-a-backend-developer',
      original: article('content/articles/how-to-become-a-backend-developer.mdx'),
      translation: article('content/articles/gu/how-to-become-a-backend-developer.mdx', '2026-02-01'),
    };
    const { commits, warning } = readGitCommits(repo.root);
    expect(warning).toBeUndefined();
    expect(stateLabel(translationState(page.original, page.translation, commits))).toBe('behind since 2026-03-05');
    expect(translationNotice(page, commits)).toEqual({
      since: at('2026-03-05T03:30:00Z'),
      sinceDay: '2026-03-05',
      originalPath: '/blog/how-to-become-a-backend-developer/',
    });

    repo.write('content/articles/gu/how-to-become-a-backend-developer.mdx', frontmatter('બેકએન્ડ ડેવલપર કેવી રીતે બનવું (૨૦૨૬)', '2026-02-01'));
    repo.commitAt('2026-04-02T09:00:00+05:30');
    const caughtUp = readGitCommits(repo.root).commits;
    expect(stateLabel(translationState(page.original, page.translation, caughtUp))).toBe('up to date');
    expect(translationNotice(page, caughtUp)).toBeUndefined();
  });
});
