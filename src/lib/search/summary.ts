/**
 * The few search strings the browser script needs (the live status and the
 * load error), in the page's language. The panel's markup carries them as
 * JSON in `data-search-strings` (SearchPanel.astro, from strings.ts), so the
 * script bundles no language's strings and formats them here.
 */
import type { ResultType } from './index.ts';

export interface ClientStrings {
  /** "No results", "1 result", "{count} results". */
  none: string;
  one: string;
  many: string;
  /** "{results} for “{query}”". */
  forQuery: string;
  /** "{text} in {scope}". */
  inScope: string;
  /** Each type's name in the summary: "courses". */
  scopes: Record<ResultType, string>;
  loadFailed: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** "3 results for “sql” in courses": what the live region announces. */
export function resultSummary(strings: ClientStrings, count: number, query: string, type?: ResultType): string {
  const results = count === 0 ? strings.none : count === 1 ? strings.one : fill(strings.many, { count: String(count) });
  const text = query ? fill(strings.forQuery, { results, query }) : results;
  return type ? fill(strings.inScope, { text, scope: strings.scopes[type] }) : text;
}
