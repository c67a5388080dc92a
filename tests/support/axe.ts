/** axe-core in a real page: WCAG 2.2 A and AA rules, violations as readable lines. */
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeWindow = { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

/**
 * One line per violation: rule, what it asks, and the failing elements.
 *
 * A page without frames (every page of the site) gets axe-core's own script
 * and `axe.run`, the same rules on the same document: four times faster than
 * @axe-core/playwright, which analyses frame by frame and finishes each run in
 * a second, blank page. A page with frames (the editor's preview) goes through
 * @axe-core/playwright, which looks inside them.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (page.frames().length > 1) return lines(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze());
  // Given as a string, the script runs through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return lines(
    await page.evaluate(async (tags) => {
      const { violations } = await (window as unknown as AxeWindow).axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return { violations };
    }, AXE_TAGS),
  );
}

function lines(results: Pick<AxeResults, 'violations'>): string[] {
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
