/** In-memory content files and check contexts for unit tests of the content checks. */
import { buildCheckContext, type CheckContext, type ContextInputs } from '../../src/lib/checks/context.ts';
import { type CollectionName, type ContentFile, entryId } from '../../src/lib/content/files.ts';
import { formatProblem, type Problem } from '../../src/lib/checks/problems.ts';
import { parseContentFile } from '../../src/lib/content/frontmatter.ts';

/** A content file at a repository path such as "content/articles/x.mdx". */
export function contentFile(path: string, source: string): ContentFile {
  const collection = path.split('/')[1] as CollectionName;
  const name = path.split('/').pop() ?? path;
  return { ...parseContentFile(source, /\.ya?ml$/.test(name)), collection, id: entryId(name), path };
}

/** An article with valid frontmatter; `fields` replaces or adds frontmatter lines, `body` follows it. */
export function article(name: string, fields: Record<string, string> = {}, body = 'Some text.\n'): ContentFile {
  const frontmatter: Record<string, string> = {
    title: `"An article called ${name}"`,
    description: '"A description long enough to be a useful search-result snippet for readers."',
    pubDate: '2026-01-10',
    author: 'faculty',
    tags: '[backend]',
    ...fields,
  };
  const lines = Object.entries(frontmatter).map(([k, v]) => `${k}: ${v}`);
  return contentFile(`content/articles/${name}.mdx`, `---\n${lines.join('\n')}\n---\n\n${body}`);
}

export const author = contentFile('content/authors/faculty.yaml', 'name: Faculty\nrole: Trainers\nbio: The trainers of the institute.\n');

/** A course with valid frontmatter; `fields` replaces or adds frontmatter lines. */
export function course(name: string, fields: Record<string, string> = {}): ContentFile {
  const frontmatter: Record<string, string> = {
    title: `"Course ${name}"`,
    summary: '"A summary long enough to be a useful search-result snippet for readers."',
    pubDate: '2026-01-01',
    level: 'beginner',
    duration: '{ weeks: 4, hoursPerWeek: 6 }',
    mode: 'online',
    audience: '["Learners"]',
    outcomes: '["An outcome"]',
    modules: '[{ title: "A module", topics: ["A topic"] }]',
    ...fields,
  };
  const lines = Object.entries(frontmatter).map(([k, v]) => `${k}: ${v}`);
  return contentFile(`content/courses/${name}.mdx`, `---\n${lines.join('\n')}\n---\n\n## Overview\n`);
}

/** A batch file with valid fields; `fields` replaces or adds lines. */
export function batch(name: string, fields: Record<string, string> = {}): ContentFile {
  const all: Record<string, string> = {
    course: 'sql',
    start: '2027-01-04',
    end: '2027-03-26',
    days: '[mon, wed]',
    startTime: '"18:00"',
    endTime: '"20:00"',
    mode: 'classroom',
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`);
  return contentFile(`content/batches/${name}.yaml`, `${lines.join('\n')}\n`);
}

/** The page files of the real site's src/pages. */
export const PAGE_FILES = [
  '404.astro',
  'about.astro',
  'index.astro',
  'authors/[slug].astro',
  'authors/index.astro',
  'blog/[...page].astro',
  'blog/[slug].astro',
  'blog/tags/[tag].astro',
  'blog/tags/index.astro',
  'courses/[slug].astro',
  'courses/index.astro',
  'paths/[slug].astro',
  'paths/index.astro',
];

/** What the checks are given besides the files, for a production build of the real site's pages on 1 June 2026. */
export const CONTEXT_INPUTS: ContextInputs = {
  pageFiles: PAGE_FILES,
  existingFiles: [],
  includeDrafts: false,
  now: new Date('2026-06-01T00:00:00Z'),
  siteUrl: 'https://www.example.org',
  blogPageSize: 10,
};

export function context(files: readonly ContentFile[], inputs: Partial<ContextInputs> = {}): CheckContext {
  return buildCheckContext(files, {
    ...CONTEXT_INPUTS,
    ...inputs,
  });
}

/** Problems as the build prints them, for readable assertions. */
export const lines = (problems: readonly Problem[]) => problems.map(formatProblem);
