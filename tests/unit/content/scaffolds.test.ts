import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { articleFields, courseFields, nestedFields, pathFields } from '../../../src/lib/content/fields.ts';
import { parse as parseYaml } from 'yaml';
import { articleTemplate, courseTemplate, pathTemplate, relocateRelativeLinks, translationTemplate } from '../../../src/lib/content/scaffolds.ts';
import { article as articleFile, author, context, contentFile, course, lines } from '../../support/content-files.ts';

const date = '2026-11-24';
const article = articleTemplate({ title: 'Test', date, author: 'faculty', authors: ['faculty'], tag: 'backend', tags: ['backend'], courses: ['backend'] });
const newCourse = courseTemplate({ title: 'Docker for developers', date });

/** Field names written in a template, active or commented out. */
const fieldsIn = (source: string) => [...source.matchAll(/^#? ?(\w+):/gm)].map((m) => m[1]);

describe('new-file templates', () => {
  it('list every frontmatter field of their collection', () => {
    expect(fieldsIn(article)).toEqual(expect.arrayContaining([...articleFields]));
    expect(fieldsIn(newCourse)).toEqual(expect.arrayContaining([...courseFields]));
  });

  it('are drafts dated on the given day', () => {
    for (const source of [article, newCourse]) {
      expect(source).toMatch(/^draft: true/m);
      expect(source).toContain(`pubDate: ${date}`);
    }
  });

  it('pass every content check as created', () => {
    const files = [
      author,
      course('backend'),
      contentFile('content/articles/test.mdx', article),
      contentFile('content/courses/docker-for-developers.mdx', newCourse),
    ];
    expect(lines(runChecks(context(files, { now: new Date('2026-11-24T12:00:00Z') })))).toEqual([]);
  });

  it('cannot be published with their placeholders left in', () => {
    const published = contentFile('content/articles/test.mdx', article.replace('draft: true', 'draft: false'));
    const problems = runChecks(context([author, course('backend'), published], { now: new Date('2026-11-24T12:00:00Z') }));
    expect(problems.map((p) => p.message)).toEqual(['unfinished text ("TODO") in an entry that is not a draft']);
  });
});

describe('the learning-path template', () => {
  const articles = [articleFile('nodejs-vs-python'), articleFile('data-structures')];
  const source = pathTemplate({ title: 'Become a backend developer', articles: articles.map((a) => a.id), courses: ['backend'] });
  const file = () => contentFile('content/paths/become-a-backend-developer.yaml', source);

  it('lists every field of a path, and the fields of a step', () => {
    expect(fieldsIn(source)).toEqual(expect.arrayContaining([...pathFields]));
    for (const field of nestedFields['steps'] ?? []) expect(source).toMatch(new RegExp(`^ +(- )?${field}:`, 'm'));
  });

  it('is a draft whose steps name existing articles, and passes every content check as created', () => {
    expect(source).toMatch(/^draft: true/m);
    expect(file().data['steps']).toEqual([
      expect.objectContaining({ articles: ['nodejs-vs-python'] }),
      expect.objectContaining({ articles: ['data-structures'] }),
    ]);
    expect(lines(runChecks(context([author, course('backend'), ...articles, file()])))).toEqual([]);
  });

  it('cannot be published with its placeholders left in', () => {
    const published = contentFile('content/paths/become-a-backend-developer.yaml', source.replace('draft: true', 'draft: false'));
    const problems = runChecks(context([author, course('backend'), ...articles, published]));
    expect(problems.map((p) => p.message)).toEqual(['unfinished text ("TODO") in an entry that is not a draft']);
  });
});

describe('the translation template', () => {
  const original = articleFile('what-is-a-rest-api', { cover: './images/cover.png', coverAlt: '"A browser talking to a server"' }, 'Intro.\n\n![Diagram](./images/request.png)\n\n```md\n![kept](./as-written.png)\n```\n');
  const source = translationTemplate({
    collection: 'articles',
    originalPath: original.path,
    data: original.data,
    body: original.body,
    languageName: 'Gujarati',
    date,
  });
  const translated = contentFile('content/articles/gu/what-is-a-rest-api.mdx', source);

  it("holds only the original's text fields, its own pubDate and draft: true", () => {
    expect(translated.data).toEqual({
      title: original.data['title'],
      description: original.data['description'],
      coverAlt: 'A browser talking to a server',
      pubDate: date,
      draft: true,
    });
  });

  it("copies the body after a TODO line, with the original's relative images seen from the language folder", () => {
    expect(translated.body.trimStart().split('\n')[0]).toMatch(/^TODO: translate the text below into Gujarati/);
    expect(translated.body).toContain('![Diagram](../images/request.png)');
    expect(translated.body).toContain('![kept](./as-written.png)');
  });

  it('leaves coverAlt out when the original has no cover, and writes a path without dates or body', () => {
    const plain = articleFile('x');
    const withoutCover = translationTemplate({ collection: 'articles', originalPath: plain.path, data: { ...plain.data, coverAlt: 'Stray' }, body: '', languageName: 'Hindi', date });
    expect(contentFile('content/articles/hi/x.mdx', withoutCover).data).not.toHaveProperty('coverAlt');
    const path = contentFile(
      'content/paths/p.yaml',
      'title: "Become a developer"\ndescription: "Steps"\nsteps:\n  - title: "Step one"\n    summary: "First"\n    articles: [a, b]\ncourse: backend\n',
    );
    const yamlSource = translationTemplate({ collection: 'paths', originalPath: path.path, data: path.data, body: '', languageName: 'Hindi', date });
    expect(parseYaml(yamlSource)).toEqual({ title: 'Become a developer', description: 'Steps', steps: [{ title: 'Step one', summary: 'First' }], draft: true });
  });
});

describe('relocateRelativeLinks', () => {
  it('moves relative links, src attributes, reference definitions and imports one folder up, and leaves absolute links and code alone', () => {
    expect(relocateRelativeLinks('[a](./a.png) [b](../b/) [c](/blog/c/) <img src="./d.png" /> `[e](./e)`')).toBe(
      '[a](../a.png) [b](../../b/) [c](/blog/c/) <img src="../d.png" /> `[e](./e)`',
    );
    expect(relocateRelativeLinks("import Chart from './chart.astro';\n\n[ref]: ./notes/\n\n```js\nimport x from './x.js';\n```\n")).toBe(
      "import Chart from '../chart.astro';\n\n[ref]: ../notes/\n\n```js\nimport x from './x.js';\n```\n",
    );
  });
});
