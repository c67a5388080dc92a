import { describe, expect, it } from 'vitest';
import { checkFields } from '../../../src/lib/checks/fields.ts';
import { article, contentFile, lines } from '../../support/content-files.ts';

describe('checkFields', () => {
  it('accepts every known field', () => {
    expect(checkFields([article('ok', { updatedDate: '2026-02-01', draft: 'false', redirectFrom: '[old]' })])).toEqual([]);
  });

  it('names an unknown field with its line and suggests the known name it is a typo of', () => {
    const file = article('typo', { descripton: '"x"' });
    expect(lines(checkFields([file]))).toEqual(['content/articles/typo.mdx:7 – unknown field "descripton" – did you mean "description"?']);
  });

  it('suggests across case too (pubdate -> pubDate)', () => {
    expect(lines(checkFields([article('case', { pubdate: '2026-01-01' })]))[0]).toContain('did you mean "pubDate"?');
  });

  it('lists the known fields when nothing is close', () => {
    const [problem] = checkFields([article('far', { colour: 'blue' })]);
    expect(problem?.fix).toMatch(/^remove it, or use one of: title, description, pubDate/);
  });

  it('checks keys inside nested objects and lists of objects, at their own line', () => {
    const file = contentFile(
      'content/courses/c.mdx',
      '---\ntitle: "A course"\nduration:\n  weeks: 4\n  hoursPerWek: 6\nfaq:\n  - question: "Q?"\n    answr: "A."\n---\n',
    );
    expect(lines(checkFields([file]))).toEqual([
      'content/courses/c.mdx:5 – unknown field "hoursPerWek" in duration – did you mean "hoursPerWeek"?',
      'content/courses/c.mdx:8 – unknown field "answr" in faq – did you mean "answer"?',
    ]);
  });

  it('uses the author fields for author files', () => {
    const file = contentFile('content/authors/a.yaml', 'name: A\nrole: B\nbio: C\nlink: []\n');
    expect(lines(checkFields([file]))).toEqual(['content/authors/a.yaml:4 – unknown field "link" – did you mean "links"?']);
  });
});
