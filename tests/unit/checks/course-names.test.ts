import { describe, expect, it } from 'vitest';
import { checkCourseNames } from '../../../src/lib/checks/course-names.ts';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { article, author, context, course, lines } from '../../support/content-files.ts';

const backend = course('backend-development', { title: '"Backend Development Course"' });
const api = course('rest-api-development', { title: '"REST API Development"' });

describe('checkCourseNames', () => {
  it('reports a link that writes a course name other than as its title, at its line', () => {
    const body =
      'Intro.\n\nOur [backend development course](/courses/backend-development/) and the\n[REST API development course](/courses/rest-api-development/#modules-heading).\n';
    expect(lines(checkCourseNames([backend, api, article('a', {}, body)]))).toEqual([
      'content/articles/a.mdx:11 – the link calls the course "backend development course", but its title is "Backend Development Course" – write the course\'s name as its title does: "Backend Development Course" (docs/editing.md, "Style sheet for writers")',
      'content/articles/a.mdx:12 – the link calls the course "REST API development", but its title is "REST API Development" – write the course\'s name as its title does: "REST API Development" (docs/editing.md, "Style sheet for writers")',
    ]);
  });

  it('accepts the title as written, words around it, and links that do not name the course', () => {
    const body = [
      'Our [Backend Development Course in Vadodara](/courses/backend-development/),',
      'the [REST API Development course](/courses/rest-api-development/),',
      'a [course on APIs](/courses/rest-api-development/), [backend development](/blog/backend/)',
      'and `[backend development course](/courses/backend-development/)` in code.',
    ].join('\n');
    expect(checkCourseNames([backend, api, article('a', {}, body)])).toEqual([]);
  });

  it('runs with the other checks of a build', () => {
    const file = article('a', {}, 'See the [backend Development Course](/courses/backend-development/).\n');
    expect(lines(runChecks(context([author, backend, file])))).toEqual([
      'content/articles/a.mdx:9 – the link calls the course "backend Development Course", but its title is "Backend Development Course" – write the course\'s name as its title does: "Backend Development Course" (docs/editing.md, "Style sheet for writers")',
    ]);
  });
});
