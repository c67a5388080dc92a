/** Average adult reading speed for technical prose, in words per minute. */
export const WORDS_PER_MINUTE = 200;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Words a reader reads in an MDX body: code blocks count (people read them),
 * but import/export lines, JSX tags, URLs of links and Markdown punctuation do not.
 * Words are found by Intl.Segmenter for the text's locale, not by spaces or
 * letters alone: a Gujarati or Hindi word holds vowel signs and viramas
 * (combining marks), which a letters-only pattern would split it at.
 */
export function countWords(mdx: string, locale = 'en-IN'): number {
  const text = mdx
    .replace(/^---[\s\S]*?\n---/, '') // frontmatter, if given the whole file
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]/g, ' ');
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(mdx: string, locale?: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(mdx, locale) / wordsPerMinute));
}
