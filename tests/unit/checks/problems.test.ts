import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems, reportError } from '../../../src/lib/checks/problems.ts';

const problems = [
  { path: 'content/articles/bad.mdx', line: 3, message: 'author "nobody" does not exist', fix: 'add content/authors/nobody.yaml or use one of: faculty' },
  { path: 'content/articles/bad.mdx', line: 6, message: 'relatedCourses: course "x" does not exist', fix: 'use one of: backend-development' },
];

describe('formatProblem', () => {
  it('prints file:line – what is wrong – how to fix it', () => {
    expect(formatProblem(problems[0]!)).toBe(
      'content/articles/bad.mdx:3 – author "nobody" does not exist – add content/authors/nobody.yaml or use one of: faculty',
    );
  });
});

describe('formatProblems', () => {
  it('counts the problems and lists one per line', () => {
    expect(formatProblems(problems)).toMatch(/^2 content problems stopped the build:\n {2}content\/articles\/bad\.mdx:3 – author "nobody"/);
    expect(formatProblems(problems.slice(0, 1))).toMatch(/^1 content problem stopped/);
  });
});

describe('reportError', () => {
  it('is an error whose stack is the report alone', () => {
    expect(reportError('the report').stack).toBe('the report');
  });
});
