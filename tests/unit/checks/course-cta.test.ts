import { describe, expect, it } from 'vitest';
import { checkCourseCtas } from '../../../src/lib/checks/course-cta.ts';
import { article, context, course, lines } from '../../support/content-files.ts';

describe('checkCourseCtas', () => {
  const courses = [course('backend'), course('sql', 'draft: true\n')];
  const check = (body: string) => lines(checkCourseCtas(context([...courses, article('a', {}, body)])));

  it('accepts a published course', () => {
    expect(check('<CourseCta course="backend" />\n')).toEqual([]);
  });

  it('names an unknown course and lists the published ones', () => {
    expect(check('Text.\n\n<CourseCta course="backend-dev" />\n')).toEqual([
      'content/articles/a.mdx:11 – CourseCta: course "backend-dev" does not exist – use one of: backend',
    ]);
  });

  it('refuses a draft course in a production build', () => {
    expect(check('<CourseCta course="sql" />\n')[0]).toContain('course "sql" is a draft or scheduled, so it is not published');
  });

  it('asks for the course attribute', () => {
    expect(check('<CourseCta />\n')[0]).toContain('CourseCta has no course');
  });
});
