import { describe, expect, it } from 'vitest';
import { checkSchemas, fieldLabel, invalidFiles } from '../../../src/lib/checks/schema.ts';
import { article, author, contentFile, course, lines } from '../../support/content-files.ts';

const withoutField = (name: string, field: string) => {
  const file = article(name);
  const source = `---\n${Object.entries(file.data)
    .filter(([k]) => k !== field)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\nBody\n`;
  return contentFile(`content/articles/${name}.mdx`, source);
};

describe('checkSchemas', () => {
  it('accepts the fixtures every other check uses', () => {
    expect(checkSchemas([article('ok'), author, course('c')])).toEqual([]);
  });

  it('names a missing field and how to write it', () => {
    expect(lines(checkSchemas([withoutField('m', 'pubDate')]))).toEqual([
      'content/articles/m.mdx:2 – pubDate is missing – add it, e.g. pubDate: 2026-11-24 (a date, YYYY-MM-DD)',
    ]);
  });

  it('names an empty field, and a date that is no real day, instead of reading them as 1970 or March', () => {
    expect(lines(checkSchemas([article('e', { pubDate: '' })]))).toEqual([
      'content/articles/e.mdx:4 – pubDate is empty – write a value, e.g. pubDate: 2026-11-24 (a date, YYYY-MM-DD)',
    ]);
    expect(lines(checkSchemas([article('u', { updatedDate: '' })]))).toEqual([
      'content/articles/u.mdx:7 – updatedDate is empty – write a value, e.g. updatedDate: 2026-11-24 (a date, YYYY-MM-DD), or remove the line',
    ]);
    expect(lines(checkSchemas([article('f', { pubDate: '2026-02-30' })]))).toEqual([
      'content/articles/f.mdx:4 – pubDate should be a date, not the text "2026-02-30" – write the date as YYYY-MM-DD, e.g. 2026-11-24',
    ]);
  });

  it('names a value of the wrong type once, with the value written the right way', () => {
    expect(lines(checkSchemas([article('t', { tags: 'backend' })]))).toEqual([
      'content/articles/t.mdx:6 – tags should be a list, not the text "backend" – write it as a list: tags: [backend]',
    ]);
    expect(lines(checkSchemas([article('n', { title: '2026' })]))).toEqual([
      'content/articles/n.mdx:2 – title should be text, not the number 2026 – put the text in double quotes: title: "2026"',
    ]);
    expect(lines(checkSchemas([article('b', { draft: 'yes' })]))).toEqual([
      'content/articles/b.mdx:7 – draft should be true or false, not the text "yes" – write true or false',
    ]);
  });

  it('suggests the choice a value is a typo of, and names nested fields for editors', () => {
    const bad = course('c', { level: 'beginer', duration: '{ weeks: 2.5, hoursPerWeek: 6 }', audience: '[]' });
    expect(lines(checkSchemas([bad]))).toEqual([
      'content/courses/c.mdx:5 – level "beginer" is not one of: beginner, intermediate, advanced – did you mean "beginner"?',
      'content/courses/c.mdx:6 – duration: weeks should be a whole number, not the number 2.5 – write a whole number, e.g. 4',
      'content/courses/c.mdx:8 – audience needs at least 1 item – add items to the list',
    ]);
  });

  it('names a value of the wrong shape even where another check reads that line, and shows how a group is written', () => {
    const faq = course('f', { faq: '{ question: "Q?", answer: "A." }', duration: '' });
    const said = new Set(['content/courses/f.mdx:11']);
    expect(lines(checkSchemas([faq], said))).toEqual([
      'content/courses/f.mdx:6 – duration is empty – write a value, e.g. duration: { weeks: …, hoursPerWeek: … }, or remove the line',
      'content/courses/f.mdx:11 – faq should be a list, not a group of "key: value" lines – write it as a list: faq: [first, second]',
    ]);
    expect(lines(checkSchemas([course('m', { mode: '[online]' })]))).toEqual([
      'content/courses/m.mdx:7 – mode (a list) is not one of: classroom, online, hybrid – write one of: classroom, online, hybrid',
    ]);
  });

  it('uses the schema’s own words where it has them', () => {
    const bad = contentFile(
      'content/authors/a.yaml',
      'name: A\nrole: R\nbio: A bio that is long enough.\nlinks:\n  - label: Site\n    url: "javascript:alert(1)"\n',
    );
    expect(lines(checkSchemas([bad]))).toEqual([
      'content/authors/a.yaml:5 – links, item 1: url: the link is not a web address – write the full address, starting with https://',
    ]);
  });

  it('leaves out what another check already says on that line, never a missing field', () => {
    const file = article('long', { title: `"${'x'.repeat(120)}"` });
    expect(checkSchemas([file], new Set(['content/articles/long.mdx:2']))).toEqual([]);
    expect(lines(checkSchemas([withoutField('m', 'pubDate')], new Set(['content/articles/m.mdx:2'])))).toHaveLength(1);
  });
});

describe('invalidFiles', () => {
  it('are the files Astro would refuse: unreadable, not matching the schema, or with an unknown field', () => {
    const files = [article('ok'), article('typo', { descripton: '"x"' }), withoutField('m', 'title'), contentFile('content/articles/empty.mdx', '')];
    expect(invalidFiles(files).map((f) => f.id)).toEqual(['typo', 'm', 'empty']);
  });
});

describe('fieldLabel', () => {
  it('names a place in the frontmatter as an editor reads it', () => {
    expect(fieldLabel(['title'])).toBe('title');
    expect(fieldLabel(['duration', 'weeks'])).toBe('duration: weeks');
    expect(fieldLabel(['modules', 1, 'title'])).toBe('modules, item 2: title');
    expect(fieldLabel(['tags', 0])).toBe('tags, item 1');
  });
});
