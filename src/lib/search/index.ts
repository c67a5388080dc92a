/**
 * Search, as the browser sees it: this file's state in the URL, results.ts
 * (Pagefind's results as shown), strings.ts (every string of the search UI, per
 * language), pagefind-options.ts, arrow-keys.ts, shortcut.ts; and chunk-size.ts,
 * the one build-time setting of the index.
 *
 * The state of a search, as it lives in the URL of the search page
 * (`/search/?q=backend&type=Course`), so results can be linked, reloaded and
 * navigated with Back. Parameter names match the search form's field names,
 * so the form also works as a plain GET form without JavaScript.
 */
export const RESULT_TYPES = ['Article', 'Course', 'Path'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** The filters readers can set, each matching a `data-pagefind-filter` name. */
export const FILTER_KEYS = ['type', 'tag', 'level', 'mode'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  type?: ResultType;
  tag?: string;
  level?: string;
  mode?: string;
}

/** Longest query kept from a URL: enough for any real search, bounded for a hand-edited link. */
export const MAX_QUERY_LENGTH = 200;

function clean(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function isResultType(value: string | undefined): value is ResultType {
  return (RESULT_TYPES as readonly string[]).includes(value ?? '');
}

/** Reads the state from a query string; unknown parameters and invalid types are dropped. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: SearchState = { q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH) };
  const type = clean(params.get('type'));
  if (isResultType(type)) state.type = type;
  for (const key of ['tag', 'level', 'mode'] as const) {
    const value = clean(params.get(key));
    if (value) state[key] = value;
  }
  return state;
}

/** "?q=backend&type=Course", in a fixed order with empty values left out; "" for an empty state. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The Pagefind filter object for a state: only the filters that are set. */
export function pagefindFilters(state: SearchState): Partial<Record<FilterKey, string>> {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value) filters[key] = value;
  }
  return filters;
}

/** True when there is something to search for: words, or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.q.length > 0 || Object.keys(pagefindFilters(state)).length > 0;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}
