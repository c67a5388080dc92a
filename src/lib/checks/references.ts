/** `author` and `relatedCourses` must name files that exist. */
import type { CollectionName, ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';

function idsOf(files: readonly ContentFile[], collection: CollectionName): string[] {
  return files.filter((f) => f.collection === collection).map((f) => f.id);
}

function listHint(ids: readonly string[]): string {
  return ids.length ? `use one of: ${ids.join(', ')}` : 'there are none yet';
}

export function checkReferences(files: readonly ContentFile[]): Problem[] {
  const authors = idsOf(files, 'authors');
  const courses = idsOf(files, 'courses');
  const problems: Problem[] = [];
  for (const file of files.filter((f) => f.collection === 'articles')) {
    const { author, relatedCourses } = file.data;
    if (typeof author === 'string' && !authors.includes(author)) {
      problems.push({
        path: file.path,
        line: file.lineOf('author'),
        message: `author "${author}" does not exist`,
        fix: `add content/authors/${author}.yaml or ${listHint(authors)}`,
      });
    }
    if (Array.isArray(relatedCourses)) {
      relatedCourses.forEach((course: unknown, index) => {
        if (typeof course === 'string' && !courses.includes(course)) {
          problems.push({
            path: file.path,
            line: file.lineOf('relatedCourses', index),
            message: `relatedCourses: course "${course}" does not exist`,
            fix: `write the course's file name without .mdx; ${listHint(courses)}`,
          });
        }
      });
    }
  }
  return problems;
}
