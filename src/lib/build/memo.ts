/**
 * Content queries run on every page: during one `astro build` the content
 * cannot change, so a query's answer is computed once and shared (per page it
 * would make the build quadratic in the number of articles). On the dev
 * server content changes while it runs: there an answer is kept until Astro
 * reports a content change (its `astro:content-changed` event), so a request
 * does not re-read, sort and index every entry again.
 */

/** Counts the content changes the dev server has reported; an answer computed at an older count is stale. */
let contentVersion = 0;
/** Whether this module hears content changes (the dev server's module runner); elsewhere live answers are never kept. */
const hearsChanges = Boolean(import.meta.hot);
import.meta.hot?.on('astro:content-changed', () => {
  contentVersion++;
});

/** For tests: what the dev server's change event does. */
export function contentChanged(): void {
  contentVersion++;
}

export function oncePerBuild<T>(query: () => Promise<T>, live: boolean, keepLiveAnswers = hearsChanges): () => Promise<T> {
  let answer: Promise<T> | undefined;
  if (!live) return () => (answer ??= query());
  if (!keepLiveAnswers) return query;
  let answeredAt = -1;
  return () => {
    if (!answer || answeredAt !== contentVersion) {
      answeredAt = contentVersion;
      answer = query();
    }
    return answer;
  };
}

/** oncePerBuild for a list: each caller gets its own copy, so one page sorting or splicing its list cannot change another page's. */
export function listOncePerBuild<T>(query: () => Promise<readonly T[]>, live: boolean, keepLiveAnswers = hearsChanges): () => Promise<T[]> {
  const shared = oncePerBuild(async () => Object.freeze([...(await query())]), live, keepLiveAnswers);
  return async () => [...(await shared())];
}
