export interface Page<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
  url: string;
  prevUrl: string | undefined;
  nextUrl: string | undefined;
}

/** URL of page `n` of a list at `basePath` ("/blog/"): page 1 is the list itself, then "/blog/2/". */
export function pageUrl(basePath: string, n: number): string {
  const root = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return n <= 1 ? root : `${root}${n}/`;
}

/** Splits items into pages of `size`. An empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number, basePath: string): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      number,
      total,
      items: items.slice(i * size, number * size),
      url: pageUrl(basePath, number),
      prevUrl: number > 1 ? pageUrl(basePath, number - 1) : undefined,
      nextUrl: number < total ? pageUrl(basePath, number + 1) : undefined,
    };
  });
}
