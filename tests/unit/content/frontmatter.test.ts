import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED_LENGTH, parseContentBytes, parseContentFile } from '../../../src/lib/content/frontmatter.ts';

const kinds = (source: string, isYaml = false) => parseContentFile(source, isYaml).faults.map((f) => [f.kind, f.line]);

describe('parseContentFile', () => {
  it('reports the line of a field and of a list item, counting the opening fence', () => {
    const parsed = parseContentFile('---\ntitle: T\ntags:\n  - a\n  - b\n---\nBody\n');
    expect(parsed.readable).toBe(true);
    expect(parsed.faults).toEqual([]);
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

  it('reads what Astro reads: a byte-order mark or blank lines before the frontmatter, CRLF line ends', () => {
    for (const source of ['\uFEFF---\ntitle: T\n---\nBody\n', '\n\n---\ntitle: T\n---\nBody\n', '---\r\ntitle: T\r\n---\r\nBody\r\n']) {
      const parsed = parseContentFile(source);
      expect(parsed.faults, JSON.stringify(source)).toEqual([]);
      expect(parsed.data).toEqual({ title: 'T' });
    }
    expect(parseContentFile('\n\n---\ntitle: T\n---\nBody\n').lineOf('title')).toBe(4);
  });

  it('reports YAML syntax errors with their line instead of throwing, and reads no fields', () => {
    const parsed = parseContentFile('---\ntitle: T\ntags: [a, b\n---\n');
    expect(parsed.faults[0]).toMatchObject({ kind: 'yaml', line: 3 });
    expect(parsed.readable).toBe(false);
    expect(parsed.data).toEqual({});
    expect(kinds('---\ntitle: a\ntitle: b\n---\n')).toEqual([['yaml', 3]]);
    expect(parseContentFile('---\ntitle: a\ntitle: b\n---\n').faults[0]?.code).toBe('DUPLICATE_KEY');
  });

  it('says why a file cannot be read at all', () => {
    expect(kinds('')).toEqual([['empty', 1]]);
    expect(kinds('  \n\n')).toEqual([['empty', 1]]);
    expect(kinds('title: T\n\nBody')).toEqual([['no-frontmatter', 1]]);
    expect(kinds('---\ntitle: T\ndraft: false\n\nBody text\n')).toEqual([['unclosed', 1]]);
    expect(kinds('\n---\ntitle: T\n')).toEqual([['unclosed', 2]]);
    expect(kinds('---\n---\nBody\n')).toEqual([['empty-frontmatter', 1]]);
    expect(kinds('---\n- a\n- b\n---\n')).toEqual([['not-a-mapping', 2]]);
    expect(kinds('---\njust a sentence\n---\n')).toEqual([['not-a-mapping', 2]]);
    expect(kinds('---\ntitle: *nowhere\n---\n')).toEqual([['yaml', 2]]);
  });

  it('refuses an alias bomb, at the line of its first alias', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'];
    expect(kinds(`---\ntitle: T\n${bomb.join('\n')}\n---\n`)).toEqual([['aliases', 4]]);
    // Few aliases, each repeating a long text: within the alias count, beyond a sane size.
    const long = 'x'.repeat(MAX_EXPANDED_LENGTH / 10);
    expect(kinds(`---\nbio: &b "${long}"\nlist: [${Array(20).fill('*b').join(', ')}]\n---\n`)).toEqual([['aliases', 3]]);
    expect(kinds('---\ntitle: &t T\nname: *t\n---\n')).toEqual([]);
  });

  it('reads a whole YAML data file', () => {
    const parsed = parseContentFile('name: Ann\nlinks:\n  - label: Site\n', true);
    expect(parsed.data).toEqual({ name: 'Ann', links: [{ label: 'Site' }] });
    expect(parsed.lineOf('links', 0)).toBe(3);
    expect(kinds('', true)).toEqual([['empty', 1]]);
    expect(kinds('# only a comment\n', true)).toEqual([['empty', 1]]);
  });
});

describe('parseContentBytes', () => {
  it('reads UTF-8 as it is', () => {
    const parsed = parseContentBytes(new TextEncoder().encode('---\ntitle: "Café"\n---\n'));
    expect(parsed.faults).toEqual([]);
    expect(parsed.data['title']).toBe('Café');
  });

  it('reports bytes that are not UTF-8 at their line, and still reads the rest', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: T\ndescription: "Caf'), Buffer.from([0xe9]), Buffer.from('"\n---\n')]);
    const parsed = parseContentBytes(bytes);
    expect(parsed.faults).toEqual([{ kind: 'not-utf8', line: 3 }]);
    expect(parsed.readable).toBe(true);
    expect(parsed.data['title']).toBe('T');
  });
});
