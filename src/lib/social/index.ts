/**
 * Social images end to end: this file lists them; sizes.ts, card.ts (layout),
 * draw.ts (satori + resvg), png.ts and raster.ts (pixels), card-cache.ts and
 * worker-pool.ts / worker.ts (drawing them in worker threads, cached).
 *
 * Which social images the site has and where each page's image lives: a
 * generated card (src/pages/og/) or, for an article with a cover, the cover
 * cropped by Astro's image service. Glue over content; the drawing and the
 * cache are in card.ts and card-cache.ts.
 */
import { getImage } from 'astro:assets';
import { site } from '../../site.config.ts';
import { formatDuration } from '../content/course-facts.ts';
import { stepsLabel } from '../content/learning-paths.ts';
import { getArticles, getCourses, getLearningPaths, type Article, type Course, type LearningPath } from '../content/index.ts';
import type { SocialImage } from '../seo/index.ts';
import { cardContent } from './card.ts';
import { ARTICLE_IMAGE_RATIOS, ARTICLE_IMAGE_SIZES, cropWithin, OG_SIZE, type ImageSize } from './sizes.ts';
import type { CardSet } from './card-cache.ts';
import { href } from '../urls/index.ts';
import { cardPath, cardRouteParam } from '../urls/paths.ts';

const host = new URL(import.meta.env.SITE ?? site.url).host;

export interface CardToRender {
  /** Site path without the leading "/og/" and the ".png", the route's parameter. */
  param: string;
  /** The card's content and every size it is drawn at: the sizes are rendered together. */
  set: CardSet;
  size: ImageSize;
}

/** Every generated card: the home page, each course and learning path, and each article without a cover (in all ratios). */
export async function cardsToRender(): Promise<CardToRender[]> {
  const card = (path: string, set: CardSet, size: ImageSize): CardToRender => ({ param: cardRouteParam(path), set, size });
  const home: CardSet = { content: cardContent.home(site.name, site.tagline, host), sizes: [OG_SIZE] };
  const cards = [card(cardPath('home'), home, OG_SIZE)];
  for (const course of await getCourses()) {
    const set: CardSet = { content: cardContent.course(site.name, course.data.title, formatDuration(course.data.duration)), sizes: [OG_SIZE] };
    cards.push(card(cardPath('course', course.id), set, OG_SIZE));
  }
  for (const path of await getLearningPaths()) {
    const set: CardSet = { content: cardContent.path(site.name, path.title, stepsLabel(path.steps.length)), sizes: [OG_SIZE] };
    cards.push(card(cardPath('path', path.id), set, OG_SIZE));
  }
  const articleSizes = [OG_SIZE, ...ARTICLE_IMAGE_RATIOS.map((ratio) => ARTICLE_IMAGE_SIZES[ratio])];
  for (const article of await getArticles()) {
    if (article.data.cover) continue;
    const set: CardSet = { content: cardContent.article(site.name, article.data.title, host), sizes: articleSizes };
    cards.push(card(cardPath('article', article.id), set, OG_SIZE));
    for (const ratio of ARTICLE_IMAGE_RATIOS) cards.push(card(cardPath('article', article.id, ratio), set, ARTICLE_IMAGE_SIZES[ratio]));
  }
  return cards;
}

export interface ArticleImages {
  /** The link-preview image (1200×630). */
  og: SocialImage;
  /** Site paths of the 16:9, 4:3 and 1:1 images for structured data. */
  variants: string[];
}

export async function articleImages(article: Article): Promise<ArticleImages> {
  const { cover, coverAlt, title } = article.data;
  if (!cover) {
    return {
      og: { url: href(cardPath('article', article.id)), ...OG_SIZE, alt: title, type: 'image/png' },
      variants: ARTICLE_IMAGE_RATIOS.map((ratio) => href(cardPath('article', article.id, ratio))),
    };
  }
  // The schema cannot see pixel sizes (image() resolves after validation), so the size is checked here.
  if (cover.width < OG_SIZE.width || cover.height < OG_SIZE.height) {
    throw new Error(
      `${article.filePath}: field "cover" is ${cover.width}×${cover.height} pixels; the image shown when the article is shared needs at least ${OG_SIZE.width}×${OG_SIZE.height}. Fix: use a larger image, or remove "cover" to use the generated card.`,
    );
  }
  // JPEG for photographs: a PNG of a photo would be several times the 300 KB budget.
  const crop = (size: ImageSize) => getImage({ src: cover, ...cropWithin(cover, size), fit: 'cover', format: 'jpg', quality: 80 });
  const [og, ...variants] = await Promise.all([OG_SIZE, ...ARTICLE_IMAGE_RATIOS.map((r) => ARTICLE_IMAGE_SIZES[r])].map(crop));
  return {
    og: { url: og?.src ?? cover.src, ...cropWithin(cover, OG_SIZE), alt: coverAlt ?? title, type: 'image/jpeg' },
    variants: variants.map((v) => v.src),
  };
}

export function courseImage(course: Course): SocialImage {
  return { url: href(cardPath('course', course.id)), ...OG_SIZE, alt: course.data.title, type: 'image/png' };
}

export function learningPathImage(path: LearningPath): SocialImage {
  return { url: href(cardPath('path', path.id)), ...OG_SIZE, alt: path.title, type: 'image/png' };
}
