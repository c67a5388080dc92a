/**
 * The files `npm run new` writes: every frontmatter field (every field of a
 * learning path's YAML file), optional ones commented out, `draft: true`, and
 * "TODO" placeholders that the content checks refuse to publish. As written
 * they pass the checks and the schema, so `npm run dev` shows the new page at
 * once. A translation's file starts from its original's text (translationTemplate).
 */
import { stringify } from 'yaml';
import { maskCode } from '../checks/markdown-scan.ts';
import type { PageEntryCollection } from './files.ts';

export interface TemplateInput {
  title: string;
  /** Today in the institute's time zone, YYYY-MM-DD. */
  date: string;
}

const quote = (text: string) => JSON.stringify(text);

export function articleTemplate(
  input: TemplateInput & { author: string; tag: string; authors: readonly string[]; tags: readonly string[]; courses: readonly string[] },
): string {
  return `---
title: ${quote(input.title)}
# The search-result snippet: 50–160 characters.
description: "TODO: one or two sentences on what the reader learns, shown in search results and link previews."
pubDate: ${input.date} # the day it appears; a later day schedules it
# updatedDate: ${input.date} # set after a significant change (otherwise git history dates the page)
author: ${input.author} # one of: ${input.authors.join(', ')}
tags: [${input.tag}] # 1–6, lowercase-with-hyphens; in use: ${input.tags.join(', ') || 'none yet'}
# cover: ./images/my-cover.png # an image next to this file
# coverAlt: "TODO: what the cover image shows"
draft: true # change to false to publish
# relatedCourses: [${input.courses[0] ?? 'course-file-name'}] # in use: ${input.courses.join(', ') || 'none yet'}
# redirectFrom: [old-file-name] # old URLs of this page, after a rename
---

TODO: the opening paragraph: who this article is for and what they will be able to do after reading it.

## TODO: first section

Write in Markdown. Headings start at \`##\` (the title is the page's only \`#\` heading).
`;
}

export function courseTemplate(input: TemplateInput): string {
  return `---
title: ${quote(input.title)}
# The search-result snippet: 50–160 characters.
summary: "TODO: one or two sentences on what the learner can do after the course, for search results."
pubDate: ${input.date}
# updatedDate: ${input.date}
level: beginner # beginner, intermediate or advanced
# duration: { weeks: 12, hoursPerWeek: 6 } # leave it out until the office confirms both; pages then say to ask the admissions team
mode: classroom # classroom, online or hybrid
# location: Vadodara
audience:
  - "TODO: who the course is for"
# prerequisites:
#   - "What a learner should know before starting"
outcomes:
  - "TODO: what a learner can do at the end"
modules:
  - title: "TODO: first module"
    topics:
      - "TODO: a topic"
# tools: [Git, PostgreSQL]
# faq:
#   - question: "A question learners ask"
#     answer: "Its answer"
# fee: 25000 # in rupees; leave it out until the office confirms it
# featured: false # true shows it on the home page
draft: true # change to false to publish
# redirectFrom: [old-file-name] # old URLs of this page, after a rename
---

TODO: describe the course: what it covers, how it is taught and what learners build.
`;
}

/**
 * A learning path (content/paths/<slug>.yaml). Its two steps name real
 * articles so the page shows at once; the editor replaces them.
 */
export function pathTemplate(input: { title: string; articles: readonly string[]; courses: readonly string[] }): string {
  const [first = 'article-file-name', second] = input.articles;
  const secondStep = second
    ? `
  - title: "TODO: what the reader does in step 2"
    articles: [${second}]`
    : '';
  return `# A learning path: articles to read in order, one step at a time, leading to a course.
# Guide: docs/editing.md, "Learning paths".
title: ${quote(input.title)}
# The search-result snippet: 50–160 characters.
description: "TODO: who the path is for and where it leads, in one or two sentences for search results."
# overview: article-file-name # an article that introduces the whole path (not one of its steps)
steps:
  # One entry per step, in order. articles: file names in content/articles/ (without .mdx), in reading order.
  - title: "TODO: what the reader does in step 1"
    summary: "TODO: one line on this step (or delete this line)"
    articles: [${first}]${secondStep}
# course: ${input.courses[0] ?? 'course-file-name'} # the course the path leads to; in use: ${input.courses.join(', ') || 'none yet'}
draft: true # change to false to publish
# redirectFrom: [old-file-name] # old URLs of this page, after a rename
`;
}

/** What a translation scaffold is made from: the original's frontmatter and body, and the translation's language. */
export interface TranslationInput {
  collection: PageEntryCollection;
  /** The original's repository path, named in the file's opening comment. */
  originalPath: string;
  /** The original's frontmatter (or a path's whole YAML) as read, and its Markdown body. */
  data: Record<string, unknown>;
  body: string;
  languageName: string;
  /** Today in the institute's time zone, YYYY-MM-DD. */
  date: string;
}

/**
 * The text fields a translation holds (docs/editing.md, "Languages"); every
 * other fact comes from the original. Listed in the order they are written.
 */
export const translatedFields: Record<PageEntryCollection, readonly string[]> = {
  articles: ['title', 'description', 'coverAlt'],
  courses: ['title', 'summary', 'audience', 'prerequisites', 'outcomes', 'modules', 'faq'],
  paths: ['title', 'description', 'steps'],
};

/** The parts of a nested value a reader reads: a module's title and topics, a step's title and summary (not its articles). */
const TEXT_OF_ITEM: Partial<Record<string, readonly string[]>> = { modules: ['title', 'topics'], steps: ['title', 'summary'], faq: ['question', 'answer'] };

function textOf(field: string, value: unknown): unknown {
  const keys = TEXT_OF_ITEM[field];
  if (!keys || !Array.isArray(value)) return value;
  return value.map((item: unknown) =>
    item && typeof item === 'object' ? Object.fromEntries(keys.flatMap((k) => (k in item ? [[k, (item as Record<string, unknown>)[k]]] : []))) : item,
  );
}

const yamlOf = (fields: Record<string, unknown>) => stringify(fields, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

/**
 * Relative links, images and imports of the original ("./images/x.png") seen
 * from the translation one folder down ("../images/x.png"); code is left as written.
 */
export function relocateRelativeLinks(body: string): string {
  const masked = maskCode(body);
  let out = '';
  let from = 0;
  // Inline links and images, reference definitions ("[x]: ./y"), src attributes and MDX imports.
  for (const match of masked.matchAll(/(\]\(|^ {0,3}\[[^\]\n]+\]:[ \t]*|\bsrc=["']|^import\b[^\n]*?\bfrom[ \t]*["'])(\.\.?\/)/gm)) {
    const at = match.index + match[1]!.length;
    out += body.slice(from, at) + (match[2] === './' ? '../' : '../../');
    from = at + match[2]!.length;
  }
  return out + body.slice(from);
}

/**
 * A translation of an existing article, course or learning path
 * (content/<collection>/<language>/<id>.…): the original's text fields to
 * translate, a pubDate of today, `draft: true`, and for articles and courses
 * the original's body after a TODO line (the content checks refuse to publish it
 * until the line is gone).
 */
export function translationTemplate(input: TranslationInput): string {
  const { collection, data, languageName } = input;
  const fields = Object.fromEntries(
    translatedFields[collection].flatMap((field) =>
      data[field] === undefined || (field === 'coverAlt' && data['cover'] === undefined) ? [] : [[field, textOf(field, data[field])]],
    ),
  );
  const intro = `# ${languageName} translation of ${input.originalPath}: translate every text below (the English original's).
# Everything else (author, tags, cover, level, fee, articles of each step…) comes from the original.
# Guide: docs/editing.md, "Languages".
`;
  const dates =
    collection === 'paths'
      ? ''
      : `pubDate: ${input.date} # the day the translation appears
# updatedDate: ${input.date} # set when you bring the translation up to date with a changed original
`;
  const frontmatter = `${intro}${yamlOf(fields)}${dates}draft: true # change to false to publish\n`;
  if (collection === 'paths') return frontmatter;
  return `---
${frontmatter}---

TODO: translate the text below into ${languageName}, then delete this line. Keep code, component names and link addresses as they are.

${relocateRelativeLinks(input.body).trim()}
`;
}
