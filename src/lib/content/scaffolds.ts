/**
 * The files `npm run new` writes: every frontmatter field (every field of a
 * learning path's YAML file), optional ones commented out, `draft: true`, and
 * "TODO" placeholders that the content checks refuse to publish. As written
 * they pass the checks and the schema, so `npm run dev` shows the new page at
 * once.
 */
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
