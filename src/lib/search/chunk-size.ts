/**
 * How finely Pagefind splits its word index. A search loads the metadata
 * (which lists every chunk) and the chunk holding each word it looks for,
 * with all the other words that share that chunk. Pagefind's default chunk,
 * 20,000 word positions, is the whole index of a small site (26 KB gzip for
 * this site's nine pages) and a large part of every search on a big one.
 *
 * Smaller chunks load less of other words but make the metadata longer. The
 * bytes a search loads for both are smallest near a chunk size of
 * sqrt(2 × positions × entry bytes / position bytes), measured here on the
 * benchmark's sites: a chunk costs ~12 B gzip in the metadata, a word
 * position ~1.2 B in a chunk, and a built page holds ~750 indexed positions
 * on average (an article ~1,200; tag and list pages are built but not
 * indexed).
 */

/** Pagefind's own chunk size, in word positions: also the largest worth using. */
export const PAGEFIND_DEFAULT_CHUNK = 20_000;
/** Below this, a tiny site would list more chunks than it saves. */
export const MIN_CHUNK = 1_000;

const POSITIONS_PER_PAGE = 750;
const ENTRY_BYTES = 12;
const POSITION_BYTES = 1.2;

/** The chunk size (in word positions) for a site of `pages` built pages. */
export function indexChunkSize(pages: number): number {
  const positions = Math.max(0, pages) * POSITIONS_PER_PAGE;
  const best = Math.sqrt((2 * positions * ENTRY_BYTES) / POSITION_BYTES);
  return Math.round(Math.min(PAGEFIND_DEFAULT_CHUNK, Math.max(MIN_CHUNK, best)));
}
