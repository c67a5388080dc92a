import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/lib/content/frontmatter.ts';

describe('parseContentFile', () => {
  it('reports the line of a field and of a list item, counting the opening fence', () => {
    const parsed = parseContentFile('---\ntitle: T\ntags:\n  - a\n  - b\n---\nBody\n');
    expect(parsed.lineOf('title')).toBe(2);
    expect(parsed.lineOf('tags', 1)).toBe(5);
    expect(parsed.body).toBe('Body\n');
    expect(parsed.bodyStartLine).toBe(7);
  });

  it('reports the line of a value nested in lists and mappings, or of its closest parent', () => {
    const parsed = parseContentFile('title: T\nsteps:\n  - title: One\n    articles: [a]\n  - title: Two\n    articles:\n      - b\n      - c\n', true);
    expect(parsed.lineAt(['steps', 1, 'articles', 1])).toBe(8);
    expect(parsed.lineAt(['steps', 0, 'articles', 0])).toBe(4);
    expect(parsed.lineAt(['steps', 1, 'title'])).toBe(5);
    expect(parsed.lineAt(['steps', 1, 'summary'])).toBe(5);
    expect(parsed.lineAt(['steps', 7])).toBe(2);
    expect(parsed.lineAt(['course'])).toBe(1);
  });

  it('reports YAML syntax errors with their line instead of throwing', () => {
    const parsed = parseContentFile('---\ntitle: T\ntags: [a, b\n---\n');
    expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
    expect(parsed.data).toEqual({});
  });
});
