import { describe, expect, it } from 'vitest';
import { SavedFileProblems } from '../../../src/lib/build/dev-overlay.ts';

const problem = (path: string, line: number) => ({ path, line, message: `problem at ${line}`, fix: 'fix it' });

describe('SavedFileProblems', () => {
  it('shows nothing until a saved file has problems', () => {
    const saved = new SavedFileProblems('/site');
    expect(saved.update('content/articles/a.mdx', [])).toBe(false);
    expect(saved.overlay()).toBeUndefined();
  });

  it('puts every problem on the overlay as file:line – what – fix, with no stack, located at the first', () => {
    const saved = new SavedFileProblems('/site');
    expect(saved.update('content/articles/b.mdx', [problem('content/articles/b.mdx', 4)])).toBe(true);
    expect(saved.update('content/articles/a.mdx', [problem('content/articles/a.mdx', 2)])).toBe(true);
    const overlay = saved.overlay();
    expect(overlay?.type).toBe('error');
    expect(overlay?.err.stack).toBe('');
    expect(overlay?.err.message).toMatch(/^2 content problems: /);
    expect(overlay?.err.message.split('\n').slice(-2)).toEqual([
      'content/articles/a.mdx:2 – problem at 2 – fix it',
      'content/articles/b.mdx:4 – problem at 4 – fix it',
    ]);
    expect(overlay?.err.loc).toEqual({ file: '/site/content/articles/a.mdx', line: 2, column: 1 });
  });

  it('says when a save changes nothing, and clears a file once it is fixed', () => {
    const saved = new SavedFileProblems('/site');
    saved.update('content/articles/a.mdx', [problem('content/articles/a.mdx', 2)]);
    expect(saved.update('content/articles/a.mdx', [problem('content/articles/a.mdx', 2)])).toBe(false);
    expect(saved.update('content/articles/a.mdx', [])).toBe(true);
    expect(saved.overlay()).toBeUndefined();
  });
});
