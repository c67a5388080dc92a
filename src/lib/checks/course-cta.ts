/** `<CourseCta course="…" />` in a body must name a course this build publishes. */
import type { ContentFile, Problem } from '../content-checks.ts';
import { componentsOf } from '../markdown.ts';
import type { CheckContext } from './context.ts';

export function checkCourseCtas(ctx: CheckContext): Problem[] {
  const courses = ctx.files.filter((f) => f.collection === 'courses');
  const published = courses.filter((c) => ctx.published.has(c)).map((c) => c.id);
  const problems: Problem[] = [];
  const report = (file: ContentFile, lineIndex: number, message: string, fix: string) =>
    problems.push({ path: file.path, line: file.bodyStartLine + lineIndex, message, fix });
  for (const file of ctx.files) {
    for (const { attributes, lineIndex } of componentsOf(file.body, 'CourseCta')) {
      const slug = attributes['course'];
      const hint = `use one of: ${published.join(', ') || '(no published courses yet)'}`;
      if (!slug) report(file, lineIndex, 'CourseCta has no course', `write <CourseCta course="course-file-name" />; ${hint}`);
      else if (!courses.some((c) => c.id === slug)) report(file, lineIndex, `CourseCta: course "${slug}" does not exist`, hint);
      else if (!published.includes(slug) && ctx.published.has(file)) report(file, lineIndex, `CourseCta: course "${slug}" is a draft or scheduled, so it is not published`, `publish the course first, or ${hint}`);
    }
  }
  return problems;
}
