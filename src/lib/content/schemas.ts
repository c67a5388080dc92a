/**
 * The schema every content file (article, course, author, batch, learning
 * path) must match: one
 * definition for Astro's content layer (src/content.config.ts passes its
 * image() and reference() helpers) and for the content checks, which validate
 * the same frontmatter before Astro does (`schemasForChecks`), so a file that
 * Astro would refuse is reported with its line first.
 *
 * Objects are strict, so a mistyped field name stops the build instead of
 * being silently ignored. A message written "what is wrong – how to fix it"
 * is printed as is by the checks (src/lib/checks/schema.ts); other failures
 * get a message made there from the kind of value expected.
 */
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
} from './fields.ts';
import type { CollectionName } from './files.ts';
import { minutesOf, parseClockTime, parseDate, writtenDay } from '../dates/index.ts';
import { redirectSourcePattern } from '../urls/redirects.ts';

/** Lowercase, hyphenated: "node-js", "rest-api". Keeps tag URLs stable. */
const tagSlug = z.string().regex(tagPattern, {
  message: 'a tag is not in tag form – write lowercase words joined by hyphens, e.g. "rest-api" (not "REST API")',
});

/** Old slugs ("old-name") or site paths ("/blog/old-name/") that now redirect here. */
const redirectFrom = z.array(z.string().regex(redirectSourcePattern)).default([]);
const title = z.string().min(titleLength.min).max(titleLength.max);

/**
 * A calendar day, read by the site's one date parser: "2026-02-30" or an empty
 * value is refused (z.coerce.date would roll the first over to 2 March and
 * read the second as 1 January 1970).
 */
const calendarDate = z.preprocess((value) => parseDate(value) ?? value, z.date());

/** Author links lead to web pages: a "javascript:" URL would run script when clicked. */
const webAddress = z.url({ protocol: /^https?$/, message: 'the link is not a web address – write the full address, starting with https://' });

/** What Astro's content layer passes in (src/content.config.ts) and the checks replace with plain strings. */
export interface SchemaHelpers<Image extends z.ZodType, AuthorRef extends z.ZodType, CourseRef extends z.ZodType> {
  /** An image file next to the content file (Astro's image()). */
  image: () => Image;
  /** The id of an author file (Astro's reference('authors')). */
  author: AuthorRef;
  /** The id of a course file (Astro's reference('courses')). */
  course: CourseRef;
}

/** What a learning path refers to: courses and articles (Astro's reference('courses') and reference('articles')). */
export interface PathHelpers<CourseRef extends z.ZodType, ArticleRef extends z.ZodType> {
  course: CourseRef;
  article: ArticleRef;
}

export function articleSchema<Image extends z.ZodType, AuthorRef extends z.ZodType, CourseRef extends z.ZodType>(
  helpers: SchemaHelpers<Image, AuthorRef, CourseRef>,
) {
  return z
    .strictObject({
      title,
      description: z
        .string()
        .min(snippetLength.min, { message: 'the description is too short – the search-result snippet needs 50–160 characters' })
        .max(snippetLength.max, { message: 'the description is too long – the search-result snippet takes at most 160 characters' }),
      pubDate: calendarDate,
      updatedDate: calendarDate.optional(),
      author: helpers.author,
      tags: z.array(tagSlug).min(tagCount.min).max(tagCount.max),
      cover: helpers.image().optional(),
      coverAlt: z.string().min(5).optional(),
      draft: z.boolean().default(false),
      relatedCourses: z.array(helpers.course).default([]),
      redirectFrom,
    } satisfies Record<ArticleField, z.ZodType>)
    .refine((data) => !data.cover || data.coverAlt, {
      message: 'a cover image needs coverAlt – describe the image for readers who cannot see it',
      // Reported at the cover's line, where src/lib/checks/images.ts says the same in other words.
      path: ['cover'],
    });
}

export const courseSchema = z.strictObject({
  title,
  summary: z
    .string()
    .min(snippetLength.min)
    .max(snippetLength.max, { message: 'the summary is too long – the search-result snippet takes at most 160 characters' }),
  pubDate: calendarDate,
  updatedDate: calendarDate.optional(),
  level: z.enum(['beginner', 'intermediate', 'advanced']),
  /** Weeks and hours a week. Leave it out until the office confirms them: pages then say to ask the admissions team. */
  duration: z
    .strictObject({
      weeks: z.number().int().positive(),
      hoursPerWeek: z.number().positive(),
    })
    .optional(),
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
} satisfies Record<CourseField, z.ZodType>);

export function authorSchema<Image extends z.ZodType>(helpers: { image: () => Image }) {
  return z.strictObject({
    name: z.string(),
    role: z.string(),
    bio: z.string().min(20),
    avatar: helpers.image().optional(),
    links: z.array(z.strictObject({ label: z.string(), url: webAddress })).default([]),
  } satisfies Record<AuthorField, z.ZodType>);
}

/** "18:00": a real time of day (src/lib/checks/batches.ts names the file and line first). */
const clockTime = z
  .string()
  .regex(clockTimePattern, { message: 'the time is not written HH:MM – write it 24-hour, e.g. "18:00"' })
  .refine((t) => parseClockTime(t) !== undefined, { message: 'the time does not exist – hours go from 00 to 23 and minutes from 00 to 59' });

/** A run of a course with its dates, one YAML file each: content/batches/<id>.yaml. No batch ships in the repository: dates are facts readers act on. */
export function batchSchema<CourseRef extends z.ZodType>(helpers: { course: CourseRef }) {
  return z
    .strictObject({
      course: helpers.course,
      start: calendarDate,
      end: calendarDate.optional(),
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
    .refine((b) => !b.end || writtenDay(b.end) >= writtenDay(b.start), { message: 'the end is before the start – check both dates', path: ['end'] })
    .refine((b) => (b.startTime === undefined) === (b.endTime === undefined), { message: 'only one of startTime and endTime is set – give both, or neither', path: ['endTime'] })
    .refine((b) => !b.startTime || !b.endTime || minutesOf(parseClockTime(b.endTime)!) > minutesOf(parseClockTime(b.startTime)!), {
      message: 'endTime is not after startTime – check both times',
      path: ['endTime'],
    })
    .refine((b) => b.startTime === undefined || b.days.length > 0, {
      message: 'times are set but not the days – add the weekdays the class meets: days: [mon, wed, fri]',
      path: ['days'],
    });
}

/**
 * Learning paths: ordered steps from a first article to a course. Which
 * articles exist, are published and appear once is checked with line numbers
 * by src/lib/checks/paths.ts.
 */
export function pathSchema<CourseRef extends z.ZodType, ArticleRef extends z.ZodType>(helpers: PathHelpers<CourseRef, ArticleRef>) {
  return z.strictObject({
    title,
    description: z
      .string()
      .min(snippetLength.min, { message: 'the description is too short – the search-result snippet needs 50–160 characters' })
      .max(snippetLength.max, { message: 'the description is too long – the search-result snippet takes at most 160 characters' }),
    overview: helpers.article.optional(),
    steps: z
      .array(
        z.strictObject({
          title,
          summary: z.string().max(stepSummaryLength.max).optional(),
          articles: z.array(helpers.article).min(1),
        }),
      )
      .min(1),
    course: helpers.course.optional(),
    draft: z.boolean().default(false),
    redirectFrom,
  } satisfies Record<PathField, z.ZodType>);
}

/**
 * The same schemas for checks run outside Astro: image paths and references
 * stay strings (src/lib/checks/images.ts and references.ts check that the
 * file or entry exists). A new collection adds its schema here; the checks
 * then validate its files like the others.
 */
const checkHelpers = { image: () => z.string(), author: z.string(), course: z.string(), article: z.string() };
export const schemasForChecks: Record<CollectionName, z.ZodType> = {
  articles: articleSchema(checkHelpers),
  courses: courseSchema,
  authors: authorSchema(checkHelpers),
  batches: batchSchema(checkHelpers),
  paths: pathSchema(checkHelpers),
};
