/**
 * The PageMeta (head tags and structured data) of each kind of page, built
 * from its content. Layouts call these so every page of a kind says the same.
 */
import { site } from '../../site.config.ts';
import { languageOfEntry, type Article, type Author, type Batch, type Course, type LearningPath } from '../content/index.ts';
import { dictionaryOf } from '../i18n/index.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import { LOGO_PATH } from './icons.ts';
import { entryLastModified } from '../dates/last-modified.ts';
import {
  blogPostingLd,
  courseLd,
  type LanguageVersion,
  itemListLd,
  learningPathLd,
  organizationLd,
  personLd,
  websiteLd,
  type JsonLdBlock,
  type Publisher,
} from './json-ld.ts';
import type { PageMeta, SocialImage } from './index.ts';
import type { ArticleImages } from '../social/index.ts';
import { articleUrl, authorUrl, courseUrl, href, learningPathUrl } from '../urls/index.ts';
import { readingOrder } from '../content/learning-paths.ts';

/** Absolute URL of a deploy path (from href() or the *Url helpers). */
export function absoluteUrl(path: string, origin: string = import.meta.env.SITE ?? site.url): string {
  return new URL(path, origin).href;
}

export function publisher(): Publisher {
  return { config: site, homeUrl: absoluteUrl(href('/')), logoUrl: absoluteUrl(href(LOGO_PATH)) };
}

export function homeJsonLd(language: LanguageCode = 'en'): JsonLdBlock[] {
  const p = publisher();
  return [{ ...websiteLd(p), inLanguage: language }, organizationLd(p)];
}

/** Every published version of a page, the English original first, as absolute URLs. */
function versionsOf(languages: readonly LanguageCode[], url: (language: LanguageCode) => string): LanguageVersion[] {
  return languages.map((language) => ({ language, url: absoluteUrl(url(language)) }));
}

/** `languages`: the languages the article is published in (languagesOf), for its alternates and translation links. */
export function articlePageMeta(article: Article, author: Author, images: ArticleImages, languages: readonly LanguageCode[] = []): PageMeta {
  const { title, description, pubDate, updatedDate, tags } = article.data;
  const language = languageOfEntry(article);
  const modified = entryLastModified({ pubDate, updatedDate, filePath: article.filePath });
  const authorPage = absoluteUrl(authorUrl(author.id));
  const posting = blogPostingLd(publisher(), {
    language,
    versions: versionsOf(languages, (code) => articleUrl(article.id, code)),
    url: absoluteUrl(articleUrl(article.id, language)),
    headline: title,
    description,
    images: images.variants.map((v) => absoluteUrl(v)),
    published: pubDate,
    modified,
    author: { name: author.data.name, url: authorPage },
    tags,
  });
  return {
    title,
    description,
    type: 'article',
    image: images.og,
    article: { published: pubDate, modified, tags, authorUrl: authorPage },
    jsonLd: [posting],
    languages,
  };
}

export function coursePageMeta(course: Course, image: SocialImage, batches: readonly Batch[], languages: readonly LanguageCode[] = []): PageMeta {
  const d = course.data;
  const language = languageOfEntry(course);
  const ld = courseLd(publisher(), {
    language,
    versions: versionsOf(languages, (code) => courseUrl(course.id, code)),
    url: absoluteUrl(courseUrl(course.id, language)),
    name: d.title,
    description: d.summary,
    level: d.level,
    mode: d.mode,
    location: d.location,
    duration: d.duration,
    fee: d.fee,
    batches,
    timeZone: site.timeZone,
    published: d.pubDate,
    modified: entryLastModified({ ...d, filePath: course.filePath }),
  });
  return { title: d.title, description: d.summary, image, jsonLd: [ld], languages };
}

export function catalogJsonLd(courses: readonly Course[], language: LanguageCode = 'en'): JsonLdBlock[] {
  return [
    itemListLd(
      dictionaryOf(language).courses.catalogName(site.name),
      courses.map((c) => ({ name: c.data.title, url: absoluteUrl(courseUrl(c.id, languageOfEntry(c))) })),
    ),
  ];
}

export function authorJsonLd(author: Author): JsonLdBlock[] {
  const { name, role, bio, links } = author.data;
  const url = absoluteUrl(authorUrl(author.id));
  return [personLd(publisher(), { url, name, jobTitle: role, description: bio, sameAs: links.map((l) => l.url) })];
}

/** A learning path's page: its steps' articles as an ordered ItemList. */
export function learningPathPageMeta(path: LearningPath, image: SocialImage, languages: readonly LanguageCode[] = []): PageMeta {
  const ld = learningPathLd({
    url: absoluteUrl(learningPathUrl(path.id, path.language)),
    name: path.title,
    description: path.description,
    articles: readingOrder(path.steps).map(({ article }) => ({ name: article.data.title, url: absoluteUrl(articleUrl(article.id, languageOfEntry(article))) })),
  });
  // "Learning path:" sets the page apart in results from an article of the same name (often its overview).
  return { title: dictionaryOf(path.language).paths.pageTitle(path.title), description: path.description, image, jsonLd: [ld], languages };
}

/** The list of learning paths, in the order shown. */
export function pathsCatalogJsonLd(paths: readonly LearningPath[], language: LanguageCode = 'en'): JsonLdBlock[] {
  return [
    itemListLd(
      dictionaryOf(language).paths.catalogName(site.name),
      paths.map((p) => ({ name: p.title, url: absoluteUrl(learningPathUrl(p.id, p.language)) })),
    ),
  ];
}
