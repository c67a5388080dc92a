/**
 * The MDX components editors use (see src/components/mdx/index.ts), checked
 * before rendering so a mistake names its file and line: <CourseCta> must
 * name a published course, <Callout> a known type, <Figure> needs a caption
 * (and alt text, checked with the other images).
 */
import type { ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';
import { componentsOf } from './markdown-scan.ts';
import { calloutKinds, isCalloutKind } from '../content/mdx-components.ts';
import type { CheckContext } from './context.ts';

export function checkComponents(ctx: CheckContext): Problem[] {
  const courses = ctx.files.filter((f) => f.collection === 'courses');
  const published = courses.filter((c) => ctx.published.has(c)).map((c) => c.id);
  const courseHint = `use one of: ${published.join(', ') || '(no published courses yet)'}`;
  const problems: Problem[] = [];
  const report = (file: ContentFile, lineIndex: number, message: string, fix: string) =>
    problems.push({ path: file.path, line: file.bodyStartLine + lineIndex, message, fix });

  for (const file of ctx.files) {
    for (const { attributes, lineIndex } of componentsOf(file.body, 'CourseCta')) {
      const slug = attributes['course'];
      if (!slug) report(file, lineIndex, 'CourseCta has no course', `write <CourseCta course="course-file-name" />; ${courseHint}`);
      else if (!courses.some((c) => c.id === slug)) report(file, lineIndex, `CourseCta: course "${slug}" does not exist`, courseHint);
      else if (!published.includes(slug) && ctx.published.has(file)) {
        report(file, lineIndex, `CourseCta: course "${slug}" is a draft or scheduled, so it is not published`, `publish the course first, or ${courseHint}`);
      }
    }
    for (const { attributes, lineIndex } of componentsOf(file.body, 'Callout')) {
      const type = attributes['type'];
      if (type !== undefined && !isCalloutKind(type)) {
        report(
          file,
          lineIndex,
          `Callout type "${type}" is not a callout type`,
          `write type="${Object.keys(calloutKinds).join('", "')}" (or leave it out for a note)`,
        );
      }
    }
    for (const { attributes, lineIndex } of componentsOf(file.body, 'Figure')) {
      if (!attributes['caption']?.trim())
        report(
          file,
          lineIndex,
          'Figure has no caption',
          'add caption="…" (a sentence shown under the image); for an image without caption, use ![alt](file) alone',
        );
    }
  }
  return problems;
}
