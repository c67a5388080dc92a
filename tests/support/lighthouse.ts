/**
 * Lighthouse (mobile, its default) against a served build, one page at a time
 * with Debian's Chromium. Shared by tests/browser/lighthouse.test.ts (asserts)
 * and scripts/audit.ts (`npm run audit`, prints the table).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from './browser.ts';
import { runChild } from './child-process.ts';
import { representativePages } from './page-types.ts';
import { defaultLanguage } from '../../src/lib/i18n/languages.ts';
import { root } from './site.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Partial<Record<Category, number>>;

/**
 * A page kept out of search indexes on purpose (robots noindex: the search
 * page, see src/lib/seo/index.ts) fails this one SEO audit by design.
 */
export const NOINDEX_FAILURE = 'seo: is-crawlable (Page is blocked from indexing)';

/**
 * The page types Lighthouse audits: readers' landing pages (each run takes ~15-20 s),
 * in English only: the other languages share their layouts, and axe and the
 * budgets check those pages in every language.
 */
export const AUDITED_TYPES = ['home', 'article', 'course', 'search'];

export async function auditedPages(): Promise<{ type: string; path: string }[]> {
  return (await representativePages()).filter((p) => AUDITED_TYPES.includes(p.type) && p.language === defaultLanguage.code);
}

interface LighthouseResult {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string }>;
}

export interface Audit {
  scores: Scores;
  /** "category: audit-id (title)" for each weighted audit below full marks, to say why a score is below 100. */
  failures: string[];
}

/**
 * Runs the Lighthouse CLI on one URL; scores are 0-100. Only the categories
 * asked for run: performance, which traces the page under simulated
 * throttling, doubles a run's time.
 */
export async function lighthouse(url: string, categories: readonly Category[] = CATEGORIES): Promise<Audit> {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${categories.join(',')}`,
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
  ];
  // Lighthouse ends Chromium with a kill, so Chromium never removes the folder it made for its
  // single-instance socket: give both a temporary folder of their own, removed after the run.
  const ownTmp = mkdtempSync(join(tmpdir(), 'lighthouse-run-'));
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', TMPDIR: ownTmp };
  const { code, stdout, stderr } = await runChild(join(root, 'node_modules/.bin/lighthouse'), args, { env });
  rmSync(ownTmp, { recursive: true, force: true });
  if (code !== 0) throw new Error(`lighthouse ${url} exited with ${code}:\n${stderr}`);
  const result = JSON.parse(stdout) as LighthouseResult;
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((result.categories[c].score ?? 0) * 100)])) as Scores;
  const failures = categories.flatMap((c) =>
    result.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && (result.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id} (${result.audits[ref.id]?.title})`),
  );
  return { scores, failures };
}
