/**
 * The frontmatter fields of each collection, and the limits editors meet most.
 * src/content.config.ts builds its schemas with exactly these keys (a
 * `satisfies` there fails `npm run check` if the two differ), and the content
 * checks, the new-file templates and the docs test read them from here: one
 * list, so they cannot drift apart.
 */
export const articleFields = [
  'title',
  'description',
  'pubDate',
  'updatedDate',
  'author',
  'tags',
  'cover',
  'coverAlt',
  'draft',
  'relatedCourses',
  'redirectFrom',
] as const;

export const courseFields = [
  'title',
  'summary',
  'pubDate',
  'updatedDate',
  'level',
  'duration',
  'mode',
  'location',
  'audience',
  'prerequisites',
  'outcomes',
  'modules',
  'tools',
  'faq',
  'fee',
  'featured',
  'draft',
  'redirectFrom',
] as const;

export const authorFields = ['name', 'role', 'bio', 'avatar', 'links'] as const;

/** One batch (a run of a course with its dates): content/batches/<id>.yaml. */
export const batchFields = ['course', 'start', 'end', 'days', 'startTime', 'endTime', 'mode', 'location', 'seats', 'fee', 'status'] as const;
/** A learning path (content/paths/<slug>.yaml): ordered steps, each with one or more articles. */
export const pathFields = ['title', 'description', 'overview', 'steps', 'course', 'draft', 'redirectFrom'] as const;

/**
 * The fields a translation (content/<collection>/<language>/<id>.…) holds: the
 * text a reader reads in its language, its own dates and draft flag. Every
 * other field is a fact of the English original, which the translation's
 * schema refuses with a message saying so.
 */
export const articleTranslationFields = ['title', 'description', 'pubDate', 'updatedDate', 'coverAlt', 'draft'] as const satisfies readonly ArticleField[];
export const courseTranslationFields = [
  'title',
  'summary',
  'pubDate',
  'updatedDate',
  'audience',
  'prerequisites',
  'outcomes',
  'modules',
  'faq',
  'draft',
] as const satisfies readonly CourseField[];
export const pathTranslationFields = ['title', 'description', 'steps', 'draft'] as const satisfies readonly PathField[];

export type ArticleField = (typeof articleFields)[number];
export type CourseField = (typeof courseFields)[number];
export type AuthorField = (typeof authorFields)[number];
export type BatchField = (typeof batchFields)[number];
export type PathField = (typeof pathFields)[number];

/** Keys of objects nested in a field (a mapping, or a list of mappings). */
export const nestedFields: Readonly<Record<string, readonly string[]>> = {
  duration: ['weeks', 'hoursPerWeek'],
  modules: ['title', 'topics'],
  faq: ['question', 'answer'],
  links: ['label', 'url'],
  // A batch's fee; a course's `fee` is a plain number, which has no keys to check.
  fee: ['amount', 'currency'],
  steps: ['title', 'summary', 'articles'],
};

export const fieldsOf = {
  articles: articleFields,
  courses: courseFields,
  authors: authorFields,
  batches: batchFields,
  paths: pathFields,
} as const;

/** Fields holding a calendar date. */
export const dateFields = ['pubDate', 'updatedDate', 'start', 'end'] as const;

/** How a course or a batch is taught. */
export const teachingModes = ['classroom', 'online', 'hybrid'] as const;
/** Weekdays as editors write them in a batch's `days`, Monday first. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A batch is open for enrolment, full, or cancelled. */
export const batchStatuses = ['open', 'full', 'cancelled'] as const;
/** A clock time as editors write it: "18:00" (24-hour, local time in the institute's zone). */
export const clockTimePattern = /^\d{2}:\d{2}$/;

export type TeachingMode = (typeof teachingModes)[number];
export type Weekday = (typeof weekdays)[number];
export type BatchStatus = (typeof batchStatuses)[number];

/** The search-result snippet (article `description`, course `summary`). */
export const snippetLength = { min: 50, max: 160 } as const;
/** A two-letter title ("Go") is a real title; more than 100 characters is cut off in search results. */
export const titleLength = { min: 2, max: 100 } as const;
export const tagCount = { min: 1, max: 6 } as const;
/** A path step's one-line summary, shown under its title. */
export const stepSummaryLength = { max: 160 } as const;

/** Lowercase words joined by hyphens: "node-js", "rest-api". Keeps tag URLs stable. */
export const tagPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
