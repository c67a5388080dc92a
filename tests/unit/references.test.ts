import { describe, expect, it } from 'vitest';
import { checkReferences, entryId, formatProblems } from '../../src/lib/content-checks.ts';
import { article, author, course, lines } from '../support/content-files.ts';

describe('entryId', () => {
  it('slugs a file name the way Astro does', () => {
    expect(entryId('My Post.mdx')).toBe('my-post');
    expect(entryId('what-is-a-rest-api.mdx')).toBe('what-is-a-rest-api');
  });
});

describe('checkReferences', () => {
  it('names an unknown author and an unknown related course with their lines', () => {
    const file = article('a', { author: 'nobody', relatedCourses: '\n  - backend\n  - sql' });
    expect(lines(checkReferences([author, course('backend'), file]))).toEqual([
      'content/articles/a.mdx:5 – author "nobody" does not exist – add content/authors/nobody.yaml or use one of: faculty',
      'content/articles/a.mdx:9 – relatedCourses: course "sql" does not exist – write the course\'s file name without .mdx; use one of: backend',
    ]);
  });
});

describe('formatProblems', () => {
  it('counts the problems and lists each as file:line – what – fix', () => {
    const report = formatProblems([{ path: 'p.mdx', line: 3, message: 'what', fix: 'fix' }]);
    expect(report).toBe('1 content problem stopped the build:\n  p.mdx:3 – what – fix');
  });
});
