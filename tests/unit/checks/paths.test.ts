import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../../src/lib/checks/paths.ts';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { article, author, context, contentFile, course, lines } from '../../support/content-files.ts';

const articles = [
  article('nodejs-vs-python'),
  article('data-structures'),
  article('what-is-a-rest-api', { redirectFrom: '[rest-basics]' }),
  article('sql-vs-nosql-databases'),
  article('unfinished', { draft: 'true' }),
];
const courses = [course('backend-development'), course('secret-course', { draft: 'true' })];

/** A path file; `steps` is YAML indented as under "steps:". */
const path = (steps: string, extra = '') =>
  contentFile(
    'content/paths/backend.yaml',
    `title: "Backend"\ndescription: "A description long enough to be a useful search-result snippet for readers."\n${extra}steps:\n${steps}`,
  );
const check = (...files: ReturnType<typeof path>[]) => lines(checkPaths([...articles, ...courses, ...files]));

const twoSteps = `  - title: "Language"
    articles: [nodejs-vs-python]
  - title: "APIs"
    summary: "How the web talks to a backend."
    articles: [what-is-a-rest-api, data-structures]
`;

describe('checkPaths', () => {
  it('accepts a path of published articles, an overview and a course', () => {
    expect(check(path(twoSteps, 'overview: sql-vs-nosql-databases\ncourse: backend-development\n'))).toEqual([]);
  });

  it('passes every content check, with the articles and course it names', () => {
    const files = [author, ...articles, ...courses, path(twoSteps, 'course: backend-development\n')];
    expect(lines(runChecks(context(files)))).toEqual([]);
  });

  it('names the line of an unknown article inside a step, with the closest id', () => {
    expect(
      check(
        path(
          `  - title: "Language"\n    articles: [nodejs-vs-python]\n  - title: "Data"\n    articles:\n      - data-structures\n      - sql-vs-nosql-databse\n`,
        ),
      ),
    ).toEqual(['content/paths/backend.yaml:9 – step 2, articles: article "sql-vs-nosql-databse" does not exist – did you mean "sql-vs-nosql-databases"?']);
  });

  it('suggests the full id for a shortened one, and the new id of a renamed article', () => {
    expect(check(path(`  - title: "Databases"\n    articles: [sql-vs-nosql]\n  - title: "APIs"\n    articles: [rest-basics]\n`))).toEqual([
      'content/paths/backend.yaml:5 – step 1, articles: article "sql-vs-nosql" does not exist – did you mean "sql-vs-nosql-databases"?',
      'content/paths/backend.yaml:7 – step 2, articles: article "rest-basics" does not exist – it was renamed: write "what-is-a-rest-api"',
    ]);
  });

  it('refuses a draft article, unless the path is a draft too', () => {
    const steps = `  - title: "Soon"\n    articles: [unfinished]\n`;
    expect(check(path(steps))).toEqual([
      'content/paths/backend.yaml:5 – step 1, articles: article "unfinished" is a draft, so it is not on the site – publish it first (draft: false in content/articles/unfinished.mdx), or leave it out of the path until then',
    ]);
    expect(check(path(steps, 'draft: true\n'))).toEqual([]);
  });

  it('refuses an article listed twice, in one step, in two steps or as the overview', () => {
    expect(
      check(
        path(
          `  - title: "One"\n    articles: [nodejs-vs-python, nodejs-vs-python]\n  - title: "Two"\n    articles: [data-structures, sql-vs-nosql-databases]\n`,
          'overview: data-structures\n',
        ),
      ),
    ).toEqual([
      'content/paths/backend.yaml:6 – step 1, articles: article "nodejs-vs-python" is already step 1 – list each article once: remove one of the two',
      'content/paths/backend.yaml:8 – step 2, articles: article "data-structures" is already the path\'s overview – list each article once: remove one of the two',
    ]);
  });

  it('refuses two steps with the same title', () => {
    expect(check(path(`  - title: "Practise"\n    articles: [nodejs-vs-python]\n  - title: "practise"\n    articles: [data-structures]\n`))).toEqual([
      'content/paths/backend.yaml:6 – step 2 has the same title as step 1 ("practise") – give each step its own title, or merge the two steps',
    ]);
  });

  it('refuses a path without steps, a step without a title and a step without articles', () => {
    expect(lines(checkPaths([contentFile('content/paths/empty.yaml', 'title: "Empty"\nsteps: []\n')]))).toEqual([
      'content/paths/empty.yaml:2 – steps: a path needs at least one step – add a "steps:" list; each step has a title and articles (see docs/editing.md, "Learning paths")',
    ]);
    expect(check(path(`  - summary: "No title"\n    articles: [nodejs-vs-python]\n  - title: "No articles"\n    articles: []\n`))).toEqual([
      'content/paths/backend.yaml:4 – step 1 has no title – add "title: …", e.g. "Learn a programming language"',
      'content/paths/backend.yaml:6 – step 2 lists no articles – add "articles: [article-file-name]" under the step',
    ]);
  });

  it('refuses an unknown or draft course, naming the courses that exist', () => {
    expect(check(path(twoSteps, 'course: backend-developmnt\n'))).toEqual([
      'content/paths/backend.yaml:3 – course: course "backend-developmnt" does not exist – did you mean "backend-development"?',
    ]);
    expect(check(path(twoSteps, 'course: docker\n'))).toEqual([
      'content/paths/backend.yaml:3 – course: course "docker" does not exist – use one of: backend-development, secret-course',
    ]);
    expect(check(path(twoSteps, 'course: secret-course\n'))).toEqual([
      'content/paths/backend.yaml:3 – course: course "secret-course" is a draft, so the path would lead nowhere – publish the course first, or remove "course" until then',
    ]);
  });

  it('reports an unknown field inside a step with the closest name', () => {
    const files = [author, ...articles, ...courses, path(`  - title: "Language"\n    sumary: "typo"\n    articles: [nodejs-vs-python]\n`)];
    expect(lines(runChecks(context(files)))).toEqual(['content/paths/backend.yaml:5 – unknown field "sumary" in steps – did you mean "summary"?']);
  });
});
