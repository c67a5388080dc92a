/**
 * Learning paths (content/paths/*.yaml): every step has a title and names
 * articles that exist and, unless the path is a draft itself, are not
 * drafts; no article or step title appears
 * twice, and the course the path leads to exists. Each problem points at the
 * line of the value, nested steps included.
 */
import type { ContentFile } from '../content/files.ts';
import { closest } from './edit-distance.ts';
import type { Problem } from './problems.ts';
import { stringList } from './context.ts';

type Where = readonly (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A close spelling, or an id that contains (or is contained in) the one written: "sql-vs-nosql" -> "sql-vs-nosql-databases". */
function suggestion(written: string, ids: readonly string[]): string | undefined {
  return closest(written, ids) ?? ids.find((id) => id.includes(written) || written.includes(id));
}

export function checkPaths(files: readonly ContentFile[]): Problem[] {
  const articles = new Map(files.filter((f) => f.collection === 'articles').map((f) => [f.id, f]));
  const courses = new Map(files.filter((f) => f.collection === 'courses').map((f) => [f.id, f]));
  const problems: Problem[] = [];

  for (const file of files.filter((f) => f.collection === 'paths')) {
    const report = (where: Where, message: string, fix: string) => problems.push({ path: file.path, line: file.lineAt(where), message, fix });
    // A draft path is not published, so it may list draft articles (both show in `astro dev` only).
    const isDraft = file.data['draft'] === true;
    /** Where each article already appears in this path ("step 2", "the overview"). */
    const placed = new Map<string, string>();

    const checkArticle = (value: unknown, where: Where, field: string, place: string) => {
      if (typeof value !== 'string' || !value.trim()) {
        report(
          where,
          `${field}: expected an article's file name, found ${JSON.stringify(value) ?? 'nothing'}`,
          'write the file name without .mdx, e.g. what-is-a-rest-api',
        );
        return;
      }
      const article = articles.get(value);
      if (!article) {
        const renamed = [...articles.values()].find((a) => stringList(a.data['redirectFrom']).includes(value));
        const close = suggestion(value, [...articles.keys()]);
        report(
          where,
          `${field}: article "${value}" does not exist`,
          renamed
            ? `it was renamed: write "${renamed.id}"`
            : close
              ? `did you mean "${close}"?`
              : "write the article's file name without .mdx, as it is in content/articles/",
        );
      } else if (article.data['draft'] === true && !isDraft) {
        report(
          where,
          `${field}: article "${value}" is a draft, so it is not on the site`,
          `publish it first (draft: false in ${article.path}), or leave it out of the path until then`,
        );
      }
      const earlier = placed.get(value);
      if (earlier) report(where, `${field}: article "${value}" is already ${earlier}`, 'list each article once: remove one of the two');
      else placed.set(value, place);
    };

    const overview = file.data['overview'];
    if (overview !== undefined) checkArticle(overview, ['overview'], 'overview', "the path's overview");

    const steps = file.data['steps'];
    if (!Array.isArray(steps) || steps.length === 0) {
      report(
        ['steps'],
        'steps: a path needs at least one step',
        'add a "steps:" list; each step has a title and articles (see docs/editing.md, "Learning paths")',
      );
    } else {
      const titles = new Map<string, number>();
      steps.forEach((step: unknown, index) => {
        const n = index + 1;
        const where: Where = ['steps', index];
        if (!isRecord(step)) {
          report(where, `step ${n} is not a step`, 'write it as "- title: …" with "articles: […]" below it, indented by two spaces');
          return;
        }
        const title = step['title'];
        if (typeof title !== 'string' || !title.trim()) {
          report(where, `step ${n} has no title`, 'add "title: …", e.g. "Learn a programming language"');
        } else {
          const key = title.trim().toLowerCase();
          const same = titles.get(key);
          if (same)
            report([...where, 'title'], `step ${n} has the same title as step ${same} ("${title}")`, 'give each step its own title, or merge the two steps');
          else titles.set(key, n);
        }
        const list = step['articles'];
        if (!Array.isArray(list) || list.length === 0) {
          report(where, `step ${n} lists no articles`, 'add "articles: [article-file-name]" under the step');
          return;
        }
        list.forEach((id: unknown, i) => checkArticle(id, [...where, 'articles', i], `step ${n}, articles`, `step ${n}`));
      });
    }

    const course = file.data['course'];
    if (course !== undefined) {
      const ids = [...courses.keys()];
      if (typeof course !== 'string' || !courses.has(course)) {
        const close = typeof course === 'string' ? suggestion(course, ids) : undefined;
        report(
          ['course'],
          `course: course "${String(course)}" does not exist`,
          close ? `did you mean "${close}"?` : `use one of: ${ids.join(', ') || 'there are none yet'}`,
        );
      } else if (courses.get(course)?.data['draft'] === true && !isDraft) {
        report(['course'], `course: course "${course}" is a draft, so the path would lead nowhere`, 'publish the course first, or remove "course" until then');
      }
    }
  }
  return problems;
}
