/**
 * Checks on editors' content that Astro's schemas do not make (or do not
 * explain well). Each returns problems; the content-check integration prints
 * them all together and stops the build.
 */
import { slug as githubSlug } from 'github-slugger';
import type { ParsedFile } from '../content/frontmatter.ts';
import { parseDate } from './dates.ts';
import { isPublished } from '../content/publish.ts';

export type CollectionName = 'articles' | 'courses' | 'authors';

export interface ContentFile extends ParsedFile {
  collection: CollectionName;
  /** The entry id Astro gives it: the file name without extension, slugified (see `entryId`). */
  id: string;
  /** Path relative to the repository root, as editors see it. */
  path: string;
}

export interface Problem {
  path: string;
  line: number;
  message: string;
  fix: string;
}

/** "content/articles/x.mdx:4 – what is wrong – how to fix it" */
export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line} – ${p.message} – ${p.fix}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const count = `${problems.length} content ${problems.length === 1 ? 'problem' : 'problems'}`;
  return `${count} stopped the build:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}

/** The id (and so the URL) Astro's glob loader gives a file: "My Post.mdx" -> "my-post". */
export function entryId(fileName: string): string {
  return githubSlug(fileName.replace(/\.[^.]+$/, ''));
}

/** Whether a file becomes a page in this build, judged as src/lib/content/index.ts judges entries. */
export function isPublishedFile(file: ContentFile, now: Date, includeDrafts: boolean): boolean {
  if (file.collection === 'authors') return true;
  const pubDate = parseDate(file.data['pubDate']);
  if (!pubDate) return includeDrafts;
  return isPublished({ draft: file.data['draft'] === true, pubDate }, now, includeDrafts);
}

function idsOf(files: readonly ContentFile[], collection: CollectionName): string[] {
  return files.filter((f) => f.collection === collection).map((f) => f.id);
}

function listHint(ids: readonly string[]): string {
  return ids.length ? `use one of: ${ids.join(', ')}` : 'there are none yet';
}

/** `author` and `relatedCourses` must name files that exist. */
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
