/**
 * Content collections: the schema every article, course and author file must
 * match. Objects are strict, so a mistyped field name stops the build instead
 * of being silently ignored. docs/editing.md documents each field for editors.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  batchStatuses,
  clockTimePattern,
  snippetLength,
  stepSummaryLength,
  tagCount,
  tagPattern,
  teachingModes,
  titleLength,
  weekdays,
  type ArticleField,
  type AuthorField,
  type BatchField,
  type CourseField,
  type PathField,
} from './lib/content/fields.ts';
import { minutesOf, parseClockTime, writtenDay } from './lib/dates/index.ts';
import { optionalGlob } from './lib/content/optional-glob.ts';
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
    mode: z.enum(teachingModes),
    location: z.string().optional(),
    audience: z.array(z.string()).min(1),
    prerequisites: z.array(z.string()).default([]),
    outcomes: z.array(z.string()).min(1),
    modules: z.array(z.strictObject({ title: z.string(), topics: z.array(z.string()).min(1) })).min(1),
    tools: z.array(z.string()).default([]),
    faq: z.array(z.strictObject({ question: z.string(), answer: z.string() })).default([]),
    /** Fee in Indian rupees. Leave it out until the office confirms the amount. Start dates are batches (content/batches/). */
    fee: z.number().int().positive().optional(),
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

/** "18:00": a real time of day (src/lib/checks/batches.ts names the file and line first). */
const clockTime = z
  .string()
  .regex(clockTimePattern, { message: 'Write the time as HH:MM, 24-hour, e.g. "18:00".' })
  .refine((t) => parseClockTime(t) !== undefined, { message: 'Hours go from 00 to 23 and minutes from 00 to 59.' });

/** A run of a course with its dates, one YAML file each: content/batches/<id>.yaml. No batch ships in the repository: dates are facts readers act on. */
const batches = defineCollection({
  loader: optionalGlob({ pattern: '**/*.{yaml,yml}', base: './content/batches', extensions: ['.yaml', '.yml'] }),
  schema: z
    .strictObject({
      course: reference('courses'),
      start: z.coerce.date(),
      end: z.coerce.date().optional(),
      days: z.array(z.enum(weekdays)).default([]),
      startTime: clockTime.optional(),
      endTime: clockTime.optional(),
      mode: z.enum(teachingModes),
      location: z.string().optional(),
      seats: z.number().int().positive().optional(),
      fee: z
        .strictObject({
          amount: z.number().positive(),
          currency: z
            .string()
            .regex(/^[A-Z]{3}$/)
            .default('INR'),
        })
        .optional(),
      status: z.enum(batchStatuses).default('open'),
    } satisfies Record<BatchField, z.ZodType>)
    .refine((b) => !b.end || writtenDay(b.end) >= writtenDay(b.start), { message: 'The end is before the start.', path: ['end'] })
    .refine((b) => (b.startTime === undefined) === (b.endTime === undefined), { message: 'Give both startTime and endTime, or neither.', path: ['endTime'] })
    .refine((b) => !b.startTime || !b.endTime || minutesOf(parseClockTime(b.endTime)!) > minutesOf(parseClockTime(b.startTime)!), {
      message: 'endTime must be after startTime.',
      path: ['endTime'],
    })
    .refine((b) => b.startTime === undefined || b.days.length > 0, {
      message: 'Times need the weekdays the class meets: days: [mon, wed, fri].',
      path: ['days'],
    }),
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

export const collections = { articles, courses, authors, batches, paths };
