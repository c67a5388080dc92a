import { describe, expect, it } from 'vitest';
import { checkReadable } from '../../../src/lib/checks/readable.ts';
import { contentFile, lines } from '../../support/content-files.ts';

const problemOf = (source: string, path = 'content/articles/x.mdx') => lines(checkReadable([contentFile(path, source)]));

describe('checkReadable', () => {
  it('names a file that cannot be read, at its line, with what to do', () => {
    expect(problemOf('')).toEqual([expect.stringMatching(/^content\/articles\/x\.mdx:1 – the file is empty – write its fields and text/)]);
    expect(problemOf('---\ntitle: "T"\n\nBody\n')).toEqual([
      'content/articles/x.mdx:1 – the frontmatter opened by this --- line is never closed – add a line with only --- after the last field',
    ]);
    expect(problemOf('Body only\n')[0]).toMatch(/^content\/articles\/x\.mdx:1 – the file does not start with frontmatter/);
    expect(problemOf('---\n---\n')[0]).toMatch(/:1 – the frontmatter \(between the --- lines\) is empty/);
    expect(problemOf('---\n- a\n---\n')[0]).toMatch(/:2 – the frontmatter is not a set of "field: value" lines/);
  });

  it('says what a YAML error means for an editor, once per file', () => {
    expect(problemOf('---\ntitle: "T\ndescription: x\n---\n')).toEqual([
      'content/articles/x.mdx:3 – a quote opened on this line or above is never closed – close the quote, or remove it',
    ]);
    expect(problemOf('---\ntitle: T\ntitle: U\n---\n')).toEqual([
      'content/articles/x.mdx:3 – a field is written twice in the frontmatter – keep one of the two lines',
    ]);
    expect(problemOf('---\ntags:\n\t- a\n---\n')[0]).toMatch(/:3 – this line is indented with a tab – indent with spaces/);
    expect(problemOf('---\ntitle: @home\n---\n')[0]).toMatch(/:2 – the value cannot be read as written .* – put the whole value in double quotes/);
    expect(problemOf('---\ntitle: Rest: a guide\n---\n')[0]).toMatch(/:2 – a value on this line contains ": "/);
    expect(problemOf('---\ntags: [a, b\n---\n')).toEqual([
      'content/articles/x.mdx:2 – a list or group opened with [ is never closed – close it with ] on the same line',
    ]);
    expect(problemOf('---\ntitle: *t\n---\n')).toEqual([
      'content/articles/x.mdx:2 – this line uses an alias (*name) that is never defined – write the value out instead, or define it first with &name',
    ]);
  });

  it('reports an alias bomb and bytes that are not UTF-8', () => {
    const bomb =
      '---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n';
    expect(problemOf(bomb)[0]).toMatch(/:3 – the YAML aliases .* expand to far more text/);
    const file = { ...contentFile('content/authors/a.yaml', 'name: A\n'), faults: [{ kind: 'not-utf8' as const, line: 1 }] };
    expect(lines(checkReadable([file]))[0]).toMatch(/^content\/authors\/a\.yaml:1 – this line has characters that are not UTF-8 text/);
  });

  it('has nothing to say about a readable file', () => {
    expect(problemOf('---\ntitle: T\n---\nBody\n')).toEqual([]);
  });
});
