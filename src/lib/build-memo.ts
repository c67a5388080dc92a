/**
 * Content queries run on every page: during one `astro build` the content
 * cannot change, so a query's answer is computed once and shared (per page it
 * would make the build quadratic in the number of articles). The dev server
 * re-reads on every call, because editors change content while it runs.
 */
export function oncePerBuild<T>(query: () => Promise<readonly T[]>, live: boolean): () => Promise<T[]> {
  if (live) return async () => [...(await query())];
  let answer: Promise<readonly T[]> | undefined;
  // A copy for each caller: one page sorting or splicing its list cannot change another page's.
  return async () => [...(await (answer ??= query().then((list) => Object.freeze([...list]))))];
}
