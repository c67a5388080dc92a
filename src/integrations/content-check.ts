/**
 * Stops `astro build` with one readable list of every content problem, before
 * Astro renders anything. In `astro dev` the same list is logged as a warning
 * so the editor can keep writing while fixing it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems, type Problem, reportError } from '../lib/checks/problems.ts';
import { type ContentFile, listFiles, loadContentFiles } from '../lib/content/files.ts';
import { publishedUrlProblems } from '../lib/checks/published-urls.ts';
import { runChecks, sortProblems } from '../lib/checks/index.ts';
import { buildCheckContext, type CheckContext } from '../lib/checks/context.ts';

// Other integrations import the content reader from here.
export { loadContentFiles };
import { isKnownPage } from '../lib/urls/paths.ts';
import { site } from '../site.config.ts';

export interface CheckOptions {
  includeDrafts: boolean;
  now: Date;
  siteUrl: string;
}

export async function checkContext(rootDir: string, files: readonly ContentFile[], options: CheckOptions): Promise<CheckContext> {
  const pageFiles = (await listFiles(rootDir, 'src/pages')).map((f) => f.slice('src/pages/'.length));
  const existingFiles = [...(await listFiles(rootDir, 'content')), ...(await listFiles(rootDir, 'public'))];
  return buildCheckContext(files, { ...options, pageFiles, existingFiles, blogPageSize: site.blog.pageSize });
}

/** Every check over the content folder; an empty list means the build may go on. */
export async function checkContent(rootDir: string, options: CheckOptions): Promise<Problem[]> {
  const ctx = await checkContext(rootDir, await loadContentFiles(rootDir), options);
  // Judged on the pages this build will make; src/integrations/publishing.ts checks again on dist/.
  const urls = await publishedUrlProblems(rootDir, (path) => isKnownPage(ctx.pages, path), ctx.redirects);
  return sortProblems([...runChecks(ctx), ...urls]);
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const problems = await checkContent(fileURLToPath(config.root), {
          includeDrafts: command === 'dev',
          now: new Date(),
          siteUrl: config.site ?? site.url,
        });
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') throw reportError(report);
        logger.warn(report);
      },
    },
  };
}
