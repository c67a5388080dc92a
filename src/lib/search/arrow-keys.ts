/** Arrow-key movement through search results, kept pure so it is unit-tested. */

/**
 * Where focus goes when a key is pressed in a list of `count` result links,
 * with -1 meaning the search field: Down from the field enters the list, Up
 * from the first link returns to the field, Home and End jump within the
 * list, and the ends do not wrap.
 */
export function nextFocusIndex(current: number, key: string, count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(current - 1, -1);
  if (key === 'Home') return current === -1 ? -1 : 0;
  if (key === 'End') return current === -1 ? -1 : count - 1;
  return current;
}
