/**
 * Checks every content file before Astro reads any: `astro build` stops with
 * one readable list of every problem (src/lib/checks), printed as an error
 * without a crash frame (src/lib/build/stop.ts). In `astro dev` the list is a
 * warning so the editor can keep writing, except for files Astro would refuse
 * (they cannot be read, or do not match their schema): Astro's dev server
 * would stop on them with a message that has no line, so it stops here first.
 * While dev runs, a saved file is checked on its own before Astro reloads it,
 * and its problems show over every page in the browser until it is fixed
 * (src/lib/build/dev-overlay.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport, reportOf, type Report } from '../lib/checks/problems.ts';
import { contentFilesOfBuild, listFiles, loadContentFiles, readContentFileSync, type ContentFile } from '../lib/content/files.ts';
import { listedUrls, SKIP_PUBLISHED_URLS } from '../lib/checks/published-urls.ts';
import { checkSite, ownProblems, type SiteInputs, sortProblems } from '../lib/checks/index.ts';
import type { ContextInputs } from '../lib/checks/context.ts';
import { stopWithReport } from '../lib/build/stop.ts';
import { SavedFileProblems } from '../lib/build/dev-overlay.ts';

import { site } from '../site.config.ts';

export interface CheckOptions {
  includeDrafts: boolean;
  now: Date;
  siteUrl: string;
}

async function contextInputs(rootDir: string, options: CheckOptions): Promise<ContextInputs> {
  const pageFiles = (await listFiles(rootDir, 'src/pages')).map((f) => f.slice('src/pages/'.length));
  const existingFiles = [...(await listFiles(rootDir, 'content')), ...(await listFiles(rootDir, 'public'))];
  return { ...options, pageFiles, existingFiles, blogPageSize: site.blog.pageSize };
}

/** What checkSite needs besides the files, read from the repository at `rootDir`. */
export async function siteInputs(rootDir: string, options: CheckOptions): Promise<SiteInputs> {
  // Judged on the pages this build will make; src/integrations/publishing.ts checks again on dist/.
  const listed = SKIP_PUBLISHED_URLS ? [] : await listedUrls(rootDir);
  return { ...(await contextInputs(rootDir, options)), listedUrls: listed };
}

/** Every check over the content folder (read again unless `files` is given); a report with no problems means the build may go on. */
export async function checkContent(rootDir: string, options: CheckOptions, files?: Promise<ContentFile[]>): Promise<Report> {
  return checkSite(await (files ?? loadContentFiles(rootDir)), await siteInputs(rootDir, options));
}

export default function contentCheck(): AstroIntegration {
  let rootDir = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        rootDir = fileURLToPath(config.root);
        // A build reads the files once for every integration that needs them; the dev server reads them as they are now.
        const files = command === 'build' ? contentFilesOfBuild(rootDir) : undefined;
        const report = await checkContent(
          rootDir,
          {
            includeDrafts: command === 'dev',
            now: new Date(),
            siteUrl: config.site ?? site.url,
          },
          files,
        );
        if (report.problems.length === 0) return;
        if (command === 'build') await stopWithReport(logger, formatReport(report, 'build stopped'));
        // astro dev (and astro sync, run by astro check) would stop on these files with Astro's own message.
        if (report.broken.length > 0 && command !== 'preview')
          await stopWithReport(logger, formatReport(report, command === 'dev' ? 'dev stopped' : 'build stopped'));
        logger.warn(formatReport(report, 'warning'));
      },
      'astro:server:setup': ({ server, logger }) => {
        // Registered before Astro's content loader watches the same files, and synchronous,
        // so this report comes before Astro's "Failed to reload" for the same save.
        const saved = new SavedFileProblems(rootDir);
        const client = server.environments.client.hot;
        const recheck = (path: string) => {
          const file = readContentFileSync(rootDir, path);
          if (!file) return;
          const problems = sortProblems(ownProblems([file]));
          if (problems.length) logger.error(formatReport(reportOf(problems), 'dev reload'));
          if (!saved.update(file.path, problems)) return;
          // The overlay while anything is wrong; once the last problem is fixed, a reload clears it.
          client.send(saved.overlay() ?? { type: 'full-reload', path: '*' });
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        // A page opened or reloaded while a saved file is still broken shows its problems too. Sent to
        // every page through client.send, which Astro wraps to render (and escape) the message for its overlay.
        client.on('vite:client:connect', () => {
          const overlay = saved.overlay();
          if (overlay) client.send(overlay);
        });
      },
    },
  };
}
