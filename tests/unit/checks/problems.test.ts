import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport, reportOf } from '../../../src/lib/checks/problems.ts';

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

describe('formatReport', () => {
  it('starts with the first problem, one per line, and counts them last', () => {
    const lines = formatReport(reportOf(problems), 'build stopped').split('\n');
    expect(lines[0]).toBe(formatProblem(problems[0]!));
    expect(lines[1]).toBe(formatProblem(problems[1]!));
    expect(lines.at(-1)).toBe('The build stopped on 2 content problems: fix them and build again.');
    expect(formatReport(reportOf(problems.slice(0, 1)), 'build stopped')).toMatch(/stopped on 1 content problem: fix it/);
  });

  it('lists consequences after the problems, naming the file they follow from instead of a fix', () => {
    const report = {
      problems: problems.slice(0, 1),
      consequences: [
        {
          path: 'published-urls.txt',
          line: 9,
          message: '/blog/bad/ was published and no page has this URL any more',
          fix: 'unused',
          causes: ['content/articles/bad.mdx'],
        },
      ],
      broken: ['content/articles/bad.mdx'],
    };
    const lines = formatReport(report, 'build stopped').split('\n');
    expect(lines[0]).toBe(formatProblem(problems[0]!));
    expect(lines[1]).toMatch(/^These follow from the problems above/);
    expect(lines[2]).toBe('  published-urls.txt:9 – /blog/bad/ was published and no page has this URL any more – follows from content/articles/bad.mdx');
    expect(lines[3]).toBe('The build stopped on 1 content problem (and 1 that follows from it): fix it and build again.');
  });

  it('says what happened in astro dev', () => {
    expect(formatReport(reportOf(problems), 'warning').split('\n').at(-1)).toBe('2 content problems: a build would stop on them.');
    expect(formatReport(reportOf(problems), 'dev stopped')).toMatch(/The dev server stopped on 2 content problems/);
  });
});
