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

  it('reports YAML syntax errors with their line instead of throwing', () => {
    const parsed = parseContentFile('---\ntitle: T\ntags: [a, b\n---\n');
    expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
    expect(parsed.data).toEqual({});
  });
});
