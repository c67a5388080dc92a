/**
 * The PageMeta (head tags and structured data) of each kind of page, built
 * from its content. Layouts call these so every page of a kind says the same.
 */
import { site } from '../../site.config.ts';
import type { Article, Author, Batch, Course, LearningPath } from '../content/index.ts';
import { LOGO_PATH } from './icons.ts';
import { entryLastModified } from '../dates/last-modified.ts';
import { blogPostingLd, courseLd, itemListLd, learningPathLd, organizationLd, personLd, websiteLd, type JsonLdBlock, type Publisher } from './json-ld.ts';
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

export function homeJsonLd(): JsonLdBlock[] {
  const p = publisher();
  return [websiteLd(p), organizationLd(p)];
}

export function articlePageMeta(article: Article, author: Author, images: ArticleImages): PageMeta {
  const { title, description, pubDate, updatedDate, tags } = article.data;
  const modified = entryLastModified({ pubDate, updatedDate, filePath: article.filePath });
  const authorPage = absoluteUrl(authorUrl(author.id));
  const posting = blogPostingLd(publisher(), {
    url: absoluteUrl(articleUrl(article.id)),
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
  };
}

export function coursePageMeta(course: Course, image: SocialImage, batches: readonly Batch[]): PageMeta {
  const d = course.data;
  const ld = courseLd(publisher(), {
    url: absoluteUrl(courseUrl(course.id)),
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
  return { title: d.title, description: d.summary, image, jsonLd: [ld] };
}

export function catalogJsonLd(courses: readonly Course[]): JsonLdBlock[] {
  return [
    itemListLd(
      `${site.name} courses`,
      courses.map((c) => ({ name: c.data.title, url: absoluteUrl(courseUrl(c.id)) })),
    ),
  ];
}

export function authorJsonLd(author: Author): JsonLdBlock[] {
  const { name, role, bio, links } = author.data;
  const url = absoluteUrl(authorUrl(author.id));
  return [personLd(publisher(), { url, name, jobTitle: role, description: bio, sameAs: links.map((l) => l.url) })];
}

/** A learning path's page: its steps' articles as an ordered ItemList. */
export function learningPathPageMeta(path: LearningPath, image: SocialImage): PageMeta {
  const ld = learningPathLd({
    url: absoluteUrl(learningPathUrl(path.id)),
    name: path.title,
    description: path.description,
    articles: readingOrder(path.steps).map(({ article }) => ({ name: article.data.title, url: absoluteUrl(articleUrl(article.id)) })),
  });
  // "Learning path:" sets the page apart in results from an article of the same name (often its overview).
  return { title: `Learning path: ${path.title}`, description: path.description, image, jsonLd: [ld] };
}

/** The list of learning paths, in the order shown. */
export function pathsCatalogJsonLd(paths: readonly LearningPath[]): JsonLdBlock[] {
  return [
    itemListLd(
      `${site.name} learning paths`,
      paths.map((p) => ({ name: p.title, url: absoluteUrl(learningPathUrl(p.id)) })),
    ),
  ];
}
