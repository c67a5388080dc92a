/** Average adult reading speed for technical prose, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/**
 * Words a reader reads in an MDX body: code blocks count (people read them),
 * but import/export lines, JSX tags, URLs of links and Markdown punctuation do not.
 */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?\n---/, '') // frontmatter, if given the whole file
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(mdx) / wordsPerMinute));
}
