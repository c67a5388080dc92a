/**
 * Social images end to end: this file says where each page's image lives;
 * card-list.ts lists the cards a build draws, sizes.ts and card.ts lay them
 * out, draw.ts draws them (satori + resvg), png.ts and raster.ts handle the
 * pixels, card-cache.ts, worker-pool.ts and worker.ts draw them in worker
 * threads into a cache (src/integrations/social-cards.ts runs all that).
 *
 * A page's image is a generated card or, for an article with a cover, the
 * cover cropped by Astro's image service.
 */
import { getImage } from 'astro:assets';
import type { Article, Course, LearningPath } from '../content/index.ts';
import type { SocialImage } from '../seo/index.ts';
import { ARTICLE_IMAGE_RATIOS, ARTICLE_IMAGE_SIZES, cropWithin, OG_SIZE, type ImageSize } from './sizes.ts';
import { href } from '../urls/index.ts';
import { cardPath } from '../urls/paths.ts';

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
