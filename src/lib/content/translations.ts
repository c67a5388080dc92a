/**
 * Translations: how a translated entry is read as a page. The original owns
 * every fact (author, tags, cover, level, fee, a path's articles…); the
 * translation brings the text a reader reads in its language, its own dates
 * and draft flag. Plain functions (no Astro imports), used by the content
 * queries (index.ts) and tested on their own.
 */

/** A translated value: the translation's own if it sets one, else none (never the English text). */
function optional<Key extends string, Value>(key: Key, value: Value | undefined): { [K in Key]?: Value } {
  return (value === undefined ? {} : { [key]: value }) as { [K in Key]?: Value };
}

export interface ArticleText {
  title: string;
  description: string;
  pubDate: Date;
  updatedDate?: Date | undefined;
  coverAlt?: string | undefined;
  draft: boolean;
}

/** An article's data in a language: the original's facts with the translation's text and dates. */
export function translatedArticleData<Data extends ArticleText>(original: Data, translation: ArticleText): Data {
  const { updatedDate: _updated, coverAlt, ...facts } = original;
  return {
    ...facts,
    title: translation.title,
    description: translation.description,
    pubDate: translation.pubDate,
    draft: translation.draft,
    ...optional('updatedDate', translation.updatedDate),
    // The cover is the original's; its description in the translation's language when given.
    ...optional('coverAlt', translation.coverAlt ?? coverAlt),
  } as Data;
}

export interface CourseText {
  title: string;
  summary: string;
  pubDate: Date;
  updatedDate?: Date | undefined;
  audience: string[];
  prerequisites: string[];
  outcomes: string[];
  modules: { title: string; topics: string[] }[];
  faq: { question: string; answer: string }[];
  draft: boolean;
}

/** A course's data in a language: level, duration, mode, fee, tools… from the original; the reader's text from the translation. */
export function translatedCourseData<Data extends CourseText>(original: Data, translation: CourseText): Data {
  const { updatedDate: _updated, ...facts } = original;
  const { updatedDate, ...text } = translation;
  return { ...facts, ...text, ...optional('updatedDate', updatedDate) } as Data;
}

export interface PathText {
  title: string;
  description: string;
  steps: { title: string; summary?: string | undefined }[];
  draft: boolean;
}

/**
 * A learning path's data in a language: each step keeps the original's
 * articles, with the translation's title and summary at the same place. A
 * translation with another number of steps than its original is refused here
 * (the content checks report it with its line first).
 */
export function translatedPathData<Step extends { title: string; summary?: string | undefined }, Data extends PathText & { steps: Step[] }>(
  original: Data,
  translation: PathText,
  file: string,
): Data {
  if (translation.steps.length !== original.steps.length) {
    throw new Error(
      `${file} – the translation has ${translation.steps.length} steps, its English original ${original.steps.length} – translate each step of the original, in its order`,
    );
  }
  const steps = original.steps.map((step, index) => {
    const { summary: _summary, ...rest } = step;
    const text = translation.steps[index]!;
    return { ...rest, title: text.title, ...optional('summary', text.summary) } as Step;
  });
  return { ...original, title: translation.title, description: translation.description, draft: translation.draft, steps };
}
