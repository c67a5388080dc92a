/**
 * Content collections: the schema every article, course and author file must
 * match. Objects are strict, so a mistyped field name stops the build instead
 * of being silently ignored. docs/editing.md documents each field for editors.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Lowercase, hyphenated: "node-js", "rest-api". Keeps tag URLs stable. */
const tagSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'Tags are lowercase words joined by hyphens, e.g. "rest-api" (not "REST API").',
  });

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles' }),
  schema: ({ image }) =>
    z
      .strictObject({
        title: z.string().min(5).max(100),
        description: z
          .string()
          .min(50, { message: 'The description is the search-result snippet: write 50–160 characters.' })
          .max(160, { message: 'The description is the search-result snippet: keep it to 160 characters.' }),
        pubDate: z.coerce.date(),
        updatedDate: z.coerce.date().optional(),
        author: reference('authors'),
        tags: z.array(tagSlug).min(1).max(6),
        cover: image().optional(),
        coverAlt: z.string().min(5).optional(),
        draft: z.boolean().default(false),
        relatedCourses: z.array(reference('courses')).default([]),
      })
      .refine((data) => !data.cover || data.coverAlt, {
        message: 'A cover image needs coverAlt: describe the image for readers who cannot see it.',
        path: ['coverAlt'],
      }),
});

const courses = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/courses' }),
  schema: z.strictObject({
    title: z.string().min(5).max(100),
    summary: z.string().min(50).max(160, { message: 'The summary is the search-result snippet: keep it to 160 characters.' }),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
    level: z.enum(['beginner', 'intermediate', 'advanced']),
    duration: z.strictObject({
      weeks: z.number().int().positive(),
      hoursPerWeek: z.number().positive(),
    }),
    mode: z.enum(['classroom', 'online', 'hybrid']),
    location: z.string().optional(),
    audience: z.array(z.string()).min(1),
    prerequisites: z.array(z.string()).default([]),
    outcomes: z.array(z.string()).min(1),
    modules: z
      .array(z.strictObject({ title: z.string(), topics: z.array(z.string()).min(1) }))
      .min(1),
    tools: z.array(z.string()).default([]),
    faq: z.array(z.strictObject({ question: z.string(), answer: z.string() })).default([]),
    /** Fee in Indian rupees. Leave it out until the office confirms the amount. */
    fee: z.number().int().positive().optional(),
    /** Start date of the next batch. Leave it out until it is announced. */
    nextBatch: z.coerce.date().optional(),
    featured: z.boolean().default(false),
    draft: z.boolean().default(false),
  }),
});

const authors = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/authors' }),
  schema: ({ image }) =>
    z.strictObject({
      name: z.string(),
      role: z.string(),
      bio: z.string().min(20),
      avatar: image().optional(),
      links: z.array(z.strictObject({ label: z.string(), url: z.url() })).default([]),
    }),
});

export const collections = { articles, courses, authors };
