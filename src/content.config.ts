/**
 * Content collections: where each collection's files live, and its schema
 * (src/lib/content/schemas.ts, shared with the content checks, which validate
 * every file before Astro does). docs/editing.md documents each field for editors.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, authorSchema, courseSchema } from './lib/content/schemas.ts';

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

export const collections = { articles, courses, authors };
