/**
 * Content collections: where each collection's files live, and its schema
 * (src/lib/content/schemas.ts, shared with the content checks, which validate
 * every file before Astro does). docs/editing.md documents each field for editors.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { optionalGlob } from './lib/content/optional-glob.ts';
import {
  articleSchema,
  articleTranslationSchema,
  authorSchema,
  batchSchema,
  courseSchema,
  courseTranslationSchema,
  pathSchema,
  pathTranslationSchema,
} from './lib/content/schemas.ts';
import { translationLanguageCodes } from './lib/i18n/languages.ts';

/**
 * English originals are the files at the top of their collection's folder;
 * translations sit in a sub-folder per language with the original's file name
 * (content/articles/gu/<id>.mdx) and load as collections of their own, with
 * ids "gu/<id>" (src/lib/i18n/languages.ts, splitEntryId). So every query of
 * `articles` sees originals only.
 */
const translationFolders = `{${translationLanguageCodes.join(',')}}`;
/** A collection may have no translation yet: optionalGlob stays quiet about an empty one. */
const translations = (base: string, extensions: readonly string[]) =>
  optionalGlob({ pattern: `${translationFolders}/*{${extensions.join(',')}}`, base, extensions, folders: translationLanguageCodes });

const articles = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/articles' }),
  schema: ({ image }) => articleSchema({ image, author: reference('authors'), course: reference('courses') }),
});

const courses = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/courses' }),
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
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/paths' }),
  schema: pathSchema({ course: reference('courses'), article: reference('articles') }),
});

const articleTranslations = defineCollection({ loader: translations('./content/articles', ['.md', '.mdx']), schema: articleTranslationSchema });
const courseTranslations = defineCollection({ loader: translations('./content/courses', ['.md', '.mdx']), schema: courseTranslationSchema });
const pathTranslations = defineCollection({ loader: translations('./content/paths', ['.yaml', '.yml']), schema: pathTranslationSchema });

export const collections = { articles, courses, authors, batches, paths, articleTranslations, courseTranslations, pathTranslations };
