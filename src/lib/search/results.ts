/**
 * Turns Pagefind's result data into what the search UI shows: one entry per
 * page, with its type badge, date, image and up to a few matching sections.
 * Pure, so the rules (which sections count, what a badge says) are unit-tested.
 */
import { RESULT_TYPES, type ResultType } from './index.ts';

/** The part of Pagefind's `result.data()` the UI reads (pagefind.js ships no types). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface SectionView {
  title: string;
  url: string;
  excerpt: string;
}

export interface ResultView {
  url: string;
  title: string;
  type?: ResultType;
  /** HTML from Pagefind: the page text, escaped, with matched words in <mark>. */
  excerpt: string;
  /** ISO day, "2026-11-24". */
  date?: string;
  image?: { src: string; alt: string };
  sections: SectionView[];
}

/**
 * Results rendered at once; "Show more results" adds the next batch. Each
 * result fetches its page's fragment (the page's text, 3-5 KB gzip), so a
 * batch is about what the dialog shows on a laptop screen, not more.
 */
export const RESULTS_PER_BATCH = 5;

/** More than this many sections per result crowds the list; the page itself has the rest. */
export const MAX_SECTIONS = 3;

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * Sections worth listing under a result: those that point at a heading
 * (an anchor), not the page's own top, and not the same heading twice.
 */
export function matchingSections(data: PagefindResultData, max = MAX_SECTIONS): SectionView[] {
  const page = withoutHash(data.url);
  const seen = new Set<string>();
  const sections: SectionView[] = [];
  for (const sub of data.sub_results ?? []) {
    if (sections.length >= max) break;
    if (withoutHash(sub.url) !== page || sub.url === page || seen.has(sub.url)) continue;
    seen.add(sub.url);
    sections.push({ title: sub.title, url: sub.url, excerpt: sub.excerpt });
  }
  return sections;
}

export function resultType(meta: PagefindResultData['meta']): ResultType | undefined {
  const type = meta['type'];
  return RESULT_TYPES.find((t) => t === type);
}

export function toResultView(data: PagefindResultData): ResultView {
  const { meta } = data;
  const view: ResultView = {
    url: data.url,
    title: meta['title']?.trim() || data.url,
    excerpt: data.excerpt,
    sections: matchingSections(data),
  };
  const type = resultType(meta);
  if (type) view.type = type;
  if (meta['date']) view.date = meta['date'];
  if (meta['image']) view.image = { src: meta['image'], alt: meta['image_alt'] ?? '' };
  return view;
}
