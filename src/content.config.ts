/**
 * Content collections: the schema every article, course and author file must
 * match. Objects are strict, so a mistyped field name stops the build instead
 * of being silently ignored. docs/editing.md documents each field for editors.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  snippetLength,
  stepSummaryLength,
  tagCount,
  tagPattern,
  titleLength,
  type ArticleField,
  type AuthorField,
  type CourseField,
  type PathField,
} from './lib/content/fields.ts';
import { redirectSourcePattern } from './lib/urls/redirects.ts';

/** Lowercase, hyphenated: "node-js", "rest-api". Keeps tag URLs stable. */
const tagSlug = z.string().regex(tagPattern, {
  message: 'Tags are lowercase words joined by hyphens, e.g. "rest-api" (not "REST API").',
});

/** Old slugs ("old-name") or site paths ("/blog/old-name/") that now redirect here. */
const redirectFrom = z.array(z.string().regex(redirectSourcePattern)).default([]);
const title = z.string().min(titleLength.min).max(titleLength.max);

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles' }),
  schema: ({ image }) =>
    z
      .strictObject({
        title,
        description: z
          .string()
          .min(snippetLength.min, { message: 'The description is the search-result snippet: write 50–160 characters.' })
          .max(snippetLength.max, { message: 'The description is the search-result snippet: keep it to 160 characters.' }),
        pubDate: z.coerce.date(),
        updatedDate: z.coerce.date().optional(),
        author: reference('authors'),
        tags: z.array(tagSlug).min(tagCount.min).max(tagCount.max),
        cover: image().optional(),
        coverAlt: z.string().min(5).optional(),
        draft: z.boolean().default(false),
        relatedCourses: z.array(reference('courses')).default([]),
        redirectFrom,
      } satisfies Record<ArticleField, z.ZodType>)
      .refine((data) => !data.cover || data.coverAlt, {
        message: 'A cover image needs coverAlt: describe the image for readers who cannot see it.',
        path: ['coverAlt'],
      }),
});

const courses = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/courses' }),
  schema: z.strictObject({
    title,
    summary: z.string().min(snippetLength.min).max(snippetLength.max, { message: 'The summary is the search-result snippet: keep it to 160 characters.' }),
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
    modules: z.array(z.strictObject({ title: z.string(), topics: z.array(z.string()).min(1) })).min(1),
    tools: z.array(z.string()).default([]),
    faq: z.array(z.strictObject({ question: z.string(), answer: z.string() })).default([]),
    /** Fee in Indian rupees. Leave it out until the office confirms the amount. */
    fee: z.number().int().positive().optional(),
    /** Start date of the next batch. Leave it out until it is announced. */
    nextBatch: z.coerce.date().optional(),
    featured: z.boolean().default(false),
    draft: z.boolean().default(false),
    redirectFrom,
  } satisfies Record<CourseField, z.ZodType>),
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
    } satisfies Record<AuthorField, z.ZodType>),
});

/**
 * Learning paths: ordered steps from a first article to a course. Which
 * articles exist, are published and appear once is checked with line numbers
 * by src/lib/checks/paths.ts before Astro validates this schema.
 */
const paths = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/paths' }),
  schema: z.strictObject({
    title,
    description: z
      .string()
      .min(snippetLength.min, { message: 'The description is the search-result snippet: write 50–160 characters.' })
      .max(snippetLength.max, { message: 'The description is the search-result snippet: keep it to 160 characters.' }),
    overview: reference('articles').optional(),
    steps: z
      .array(
        z.strictObject({
          title,
          summary: z.string().max(stepSummaryLength.max).optional(),
          articles: z.array(reference('articles')).min(1),
        }),
      )
      .min(1),
    course: reference('courses').optional(),
    draft: z.boolean().default(false),
    redirectFrom,
  } satisfies Record<PathField, z.ZodType>),
});

export const collections = { articles, courses, authors, paths };
