/**
 * After the build: writes `_redirects` in the dialect of the host building it
 * (src/lib/build/host-redirects.ts), checks every internal link of dist/
 * (0 broken, or the build fails), and checks that every URL in
 * published-urls.txt is still a page or a redirect. Keep this integration
 * last in astro.config.mjs so it sees the files other integrations write.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirectsOfFiles } from '../lib/checks/context.ts';
import { formatReport, reportOf } from '../lib/checks/problems.ts';
import { isPublishedFile } from '../lib/content/publish.ts';
import { unlistedPages } from '../lib/urls/redirects.ts';
import { redirectsDialect, redirectsFile } from '../lib/build/host-redirects.ts';
import { listedUrls, publishedUrlProblems, SKIP_PUBLISHED_URLS } from '../lib/checks/published-urls.ts';
import { contentFilesOfBuild } from '../lib/content/files.ts';
import { brokenLinks, formatBrokenLinks } from '../lib/build/link-check.ts';
import { readBuiltSite } from '../lib/build/built-site.ts';
import { stopWithReport } from '../lib/build/stop.ts';
import { site as siteConfig } from '../site.config.ts';

export default function publishing(): AstroIntegration {
  let rootDir = '';
  let base = '/';
  let origin = siteConfig.url;
  return {
    name: 'publishing',
    hooks: {
      'astro:config:done': ({ config }) => {
        rootDir = fileURLToPath(config.root);
        base = config.base;
        origin = config.site ?? siteConfig.url;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const now = new Date();
        const published = (await contentFilesOfBuild(rootDir)).filter((f) => isPublishedFile(f, now, false));
        const redirects = redirectsOfFiles(published);
        const built = await readBuiltSite(distDir);
        const paths = new Set(built.pages.map((p) => p.path));
        const dialect = redirectsDialect(process.env);
        await writeFile(join(distDir, '_redirects'), redirectsFile(dialect, { redirects, base, built: (path) => paths.has(path) }));

        const broken = brokenLinks({ ...built, base, origin });
        const urlProblems = await publishedUrlProblems(rootDir, (path) => paths.has(path), redirects);
        const reports = [
          ...(urlProblems.length ? [formatReport(reportOf(urlProblems), 'build stopped')] : []),
          ...(broken.length ? [formatBrokenLinks(broken)] : []),
        ];
        if (reports.length) await stopWithReport(logger, reports.join('\n\n'));
        const unlisted = unlistedPages(
          built.pages.map((p) => p.path),
          await listedUrls(rootDir),
          redirects,
        );
        if (unlisted.length && !SKIP_PUBLISHED_URLS) {
          logger.warn(
            `${unlisted.length} published ${unlisted.length === 1 ? 'page is' : 'pages are'} not in published-urls.txt yet (${unlisted.slice(0, 3).join(', ')}${unlisted.length > 3 ? ', …' : ''}): run "npm run urls:update" and commit it, so a later rename cannot break their URLs.`,
          );
        }
        logger.info(
          `${built.pages.length} pages, ${redirects.length} redirects (_redirects for ${dialect === 'netlify' ? 'Netlify' : 'Cloudflare Pages and others'}): 0 broken links, every published URL still resolves.`,
        );
      },
    },
  };
}
