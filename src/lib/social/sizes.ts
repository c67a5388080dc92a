/**
 * The social cards' sizes and the shape of a card's element tree: plain
 * values with no imports, shared by the page head (src/lib/seo/), the layout
 * (card.ts) and the drawing (draw.ts, which the card worker runs as plain Node).
 */
export interface ImageSize {
  width: number;
  height: number;
}

/** Open Graph's size: what chat apps and social networks crop to. */
export const OG_SIZE: ImageSize = { width: 1200, height: 630 };

/** Google's article image ratios (each at least 50,000 pixels). */
export const ARTICLE_IMAGE_SIZES = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const satisfies Record<string, ImageSize>;

export type ArticleImageRatio = keyof typeof ARTICLE_IMAGE_SIZES;
export const ARTICLE_IMAGE_RATIOS = Object.keys(ARTICLE_IMAGE_SIZES) as ArticleImageRatio[];

/** The largest crop of an image in a ratio, never enlarged (Astro's image service does not upscale). */
export function cropWithin(image: ImageSize, ratio: ImageSize): ImageSize {
  const scale = Math.min(image.width / ratio.width, image.height / ratio.height, 1);
  return { width: Math.round(ratio.width * scale), height: Math.round(ratio.height * scale) };
}

/** A satori element: the shape React elements have, without React. */
export interface CardNode {
  type: string;
  /** Names the element in satori's layout report (the body slot, see cardFrame). */
  key?: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | CardNode | (string | CardNode)[];
    [attribute: string]: unknown;
  };
}

/** Key of the frame's empty element where the body is placed (see cardFrame in card.ts). */
export const BODY_SLOT = 'body';
