/**
 * Content collections: where each collection's files live, and its schema
 * (src/lib/content/schemas.ts, shared with the content checks, which validate
 * every file before Astro does). docs/editing.md documents each field for editors.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { optionalGlob } from './lib/content/optional-glob.ts';
import { articleSchema, authorSchema, batchSchema, courseSchema, pathSchema } from './lib/content/schemas.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles' }),
  schema: ({ image }) => articleSchema({ image, author: reference('authors'), course: reference('courses') }),
});

const courses = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/courses' }),
  schema: courseSchema,
});

const authors = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/authors' }),
  schema: ({ image }) => authorSchema({ image }),
});

/** Batches: none ship (dates are facts readers act on), so the folder may be empty without a warning. */
const batches = defineCollection({
  loader: optionalGlob({ pattern: '**/*.{yaml,yml}', base: './content/batches', extensions: ['.yaml', '.yml'] }),
  schema: batchSchema({ course: reference('courses') }),
});

const paths = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/paths' }),
  schema: pathSchema({ course: reference('courses'), article: reference('articles') }),
});

export const collections = { articles, courses, authors, batches, paths };
