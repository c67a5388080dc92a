/**
 * Synthetic MDX articles for the benchmark: deterministic (seeded), each with
 * frontmatter that passes the schema, headings, a list, a code block, links to
 * other articles and to courses, tags and related courses.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const WORDS = (
  'backend server request response database query index table schema api endpoint route handler ' +
  'client browser cache session token user account order payment course student project deploy ' +
  'container cloud queue worker event log metric test build release version branch merge review ' +
  'design model field record column row key value json http method status error retry timeout ' +
  'the a of to and in is that for it with as on by this be are from or an at which can your'
).split(' ');
const TAGS = Array.from({ length: 40 }, (_, i) => `topic-${i + 1}`);

/** Mulberry32: a tiny seeded generator, so every run writes the same articles. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  const list = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const text = list.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number): string {
  return Array.from({ length: 5 }, () => sentence(next, 12 + Math.floor(next() * 10))).join(' ');
}

export interface SyntheticArticle {
  title: string;
  description: string;
  pubDate: string;
  tags: string[];
  relatedCourses: string[];
  body: string;
}

/** Article `n` of `total`: its fields and its Markdown body, the same whichever project's frontmatter carries them. */
export function syntheticArticle(n: number, total: number, courses: string[]): SyntheticArticle {
  const next = random(n + 1);
  const pubDate = new Date(Date.UTC(2020, 0, 1) + (n % 2000) * 86_400_000).toISOString().slice(0, 10);
  const tags = [...new Set([TAGS[n % TAGS.length]!, TAGS[(n * 7 + 3) % TAGS.length]!, 'backend'])];
  const related = courses.length ? [courses[n % courses.length]!] : [];
  const other = (k: number) => `bench-article-${(n + k) % total}`;
  const course = related[0];
  const title = `Benchmark article ${n}: ${sentence(next, 4).slice(0, -1)}`;
  const description = `Synthetic article ${n} for the build benchmark. ${sentence(next, 10)}`;
  const sections = Array.from({ length: 4 }, (_, s) => {
    const sub = `### Details of part ${s + 1}\n\n${paragraph(next)}\n`;
    return `## Part ${s + 1}: ${sentence(next, 4).slice(0, -1)}\n\n${paragraph(next)}\n\n${paragraph(next)}\n\n${sub}`;
  });
  const body = `${paragraph(next)} Read [the previous article](/blog/${other(total - 1)}/) and [another one](/blog/${other(17)}/)${course ? `, or see [the course](/courses/${course}/)` : ''}.

${sections.slice(0, 2).join('\n')}
What to remember:

- ${sentence(next, 8)}
- ${sentence(next, 8)}
- ${sentence(next, 8)}

\`\`\`js
// Example ${n}
export async function handler(request) {
  const rows = await db.query('select * from courses where id = $1', [request.params.id]);
  return Response.json(rows[0] ?? { error: 'not found' }, { status: rows.length ? 200 : 404 });
}
\`\`\`

${sections.slice(2).join('\n')}`;
  return { title, description, pubDate, tags, relatedCourses: related, body };
}

/** The article as this site's MDX file. */
export function articleSource(n: number, total: number, courses: string[], author: string): string {
  const a = syntheticArticle(n, total, courses);
  return `---
title: "${a.title}"
description: "${a.description}"
pubDate: ${a.pubDate}
author: ${author}
tags: [${a.tags.join(', ')}]
relatedCourses: [${a.relatedCourses.join(', ')}]
---

${a.body}`;
}

/** The same article under the baseline blog's frontmatter (title, description, pubDate, tags). */
export function baselinePostSource(n: number, total: number, courses: string[]): string {
  const a = syntheticArticle(n, total, courses);
  return `---
title: "${a.title}"
description: "${a.description}"
pubDate: ${a.pubDate}
tags: [${a.tags.join(', ')}]
---

${a.body}`;
}

/** Writes the same `count` posts into a baseline blog's src/content/blog/, with the site's course ids so the bodies match byte for byte. */
export async function writeBaselinePosts(baselineDir: string, count: number, courses: string[]): Promise<void> {
  for (let n = 0; n < count; n++) {
    await writeFile(join(baselineDir, 'src/content/blog', `bench-article-${n}.mdx`), baselinePostSource(n, count, courses));
  }
}

/** The course ids of a site copy, sorted: what the synthetic bodies link to. */
export async function siteCourses(siteDir: string): Promise<string[]> {
  return (await readdir(join(siteDir, 'content/courses')))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => basename(f).replace(/\.mdx?$/, ''))
    .sort();
}

/** Writes `count` articles into a site copy's content/articles; returns how many it wrote. */
export async function writeArticles(siteDir: string, count: number): Promise<number> {
  const courses = await siteCourses(siteDir);
  const authors = (await readdir(join(siteDir, 'content/authors'))).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, ''));
  if (!authors[0]) throw new Error('the site has no author to credit the synthetic articles to');
  for (let n = 0; n < count; n++) {
    await writeFile(join(siteDir, 'content/articles', `bench-article-${n}.mdx`), articleSource(n, count, courses, authors.sort()[0]!));
  }
  return count;
}
