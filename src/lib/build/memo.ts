/**
 * Content queries run on every page: during one `astro build` the content
 * cannot change, so a query's answer is computed once and shared (per page it
 * would make the build quadratic in the number of articles). The dev server
 * re-reads on every call, because editors change content while it runs.
 */
export function oncePerBuild<T>(query: () => Promise<T>, live: boolean): () => Promise<T> {
  if (live) return query;
  let answer: Promise<T> | undefined;
  return () => (answer ??= query());
}

/** oncePerBuild for a list: each caller gets its own copy, so one page sorting or splicing its list cannot change another page's. */
export function listOncePerBuild<T>(query: () => Promise<readonly T[]>, live: boolean): () => Promise<T[]> {
  const shared = oncePerBuild(async () => Object.freeze([...(await query())]), live);
  return async () => [...(await shared())];
}
