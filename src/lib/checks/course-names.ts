/**
 * One name per course: a link to a course page whose text names the course
 * writes the name as the course's `title` does. Pages then never call one
 * course three ways ("backend development course", "Backend Development
 * course", "Backend Development Course"), and translators copy one form.
 */
import type { ContentFile } from '../content/files.ts';
import { referencesOf } from './markdown-scan.ts';
import type { Problem } from './problems.ts';

/** "/courses/backend-development/" or "/courses/backend-development/#modules-heading" -> "backend-development". */
const COURSE_PAGE = /^\/courses\/([^/?#]+)\/?(?:[?#].*)?$/;

export function checkCourseNames(files: readonly ContentFile[]): Problem[] {
  const titles = new Map<string, string>();
  for (const file of files) if (file.collection === 'courses' && typeof file.data['title'] === 'string') titles.set(file.id, file.data['title']);
  const problems: Problem[] = [];
  for (const file of files) {
    for (const link of referencesOf(file.body)) {
      const id = link.kind === 'link' ? COURSE_PAGE.exec(link.url)?.[1] : undefined;
      const title = id === undefined ? undefined : titles.get(id);
      if (!title || !link.text) continue;
      const start = link.text.toLowerCase().indexOf(title.toLowerCase());
      const written = start < 0 ? title : link.text.slice(start, start + title.length);
      if (written === title) continue;
      problems.push({
        path: file.path,
        line: file.bodyStartLine + link.lineIndex,
        message: `the link calls the course "${written}", but its title is "${title}"`,
        fix: `write the course's name as its title does: "${title}" (docs/editing.md, "Style sheet for writers")`,
      });
    }
  }
  return problems;
}
