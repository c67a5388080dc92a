/**
 * The browser editor at /admin/ (src/lib/cms): written into dist/admin/ after
 * the build, with the app copied from node_modules (no CDN) and the site's
 * article stylesheets for its preview; served from memory by `astro dev`,
 * where its "Work with Local Repository" edits the working tree.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlElements } from '../lib/build/html.ts';
import { backendFromEnv, editorConfig, editorialWorkflowFromEnv } from '../lib/cms/config.ts';
import { editorFiles, editorHeaderPolicy, editorPage, editorPath, editorSetupScript } from '../lib/cms/page.ts';
import { withEditorPolicy } from '../lib/build/headers.ts';
import { isPageEntry, loadContentFiles, type PageEntryCollection } from '../lib/content/files.ts';
import { isPublishedFile } from '../lib/content/publish.ts';
import { site } from '../site.config.ts';

/** The app's one-file build (an IIFE that defines window.CMS). */
const appFile = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js');

/** The stylesheets an article page loads, for the editor's preview: the first article page of the build. */
async function articleStylesheets(outDir: string): Promise<string[]> {
  const blog = join(outDir, 'blog');
  const entries = await readdir(blog, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.isDirectory() && !/^\d+$/.test(e.name) && e.name !== 'tags').sort((a, b) => a.name.localeCompare(b.name))) {
    const html = await readFile(join(blog, entry.name, 'index.html'), 'utf8').catch(() => undefined);
    if (html)
      return htmlElements(html, 'head').flatMap((e) =>
        e.name === 'link' && e.attributes['rel'] === 'stylesheet' && e.attributes['href'] ? [e.attributes['href']] : [],
      );
  }
  return [];
}

/** "admin": the editor's folder in dist/. */
const editorFolder = editorPath.replaceAll('/', '');

export default function cms(): AstroIntegration {
  let base = '/';
  let siteUrl = site.url;
  let root = process.cwd();
  /**
   * The English originals' ids, for the translations' file names (read on each call: the dev server's files
   * change while it runs; language folders are not read). A built site names only published ones, as every
   * other file it holds does; `astro dev` names drafts too, as it shows them.
   */
  const originals = async (includeDrafts: boolean) => {
    const ids: Partial<Record<PageEntryCollection, string[]>> = {};
    const now = new Date();
    for (const file of (await loadContentFiles(root)).filter(isPageEntry)) {
      if (isPublishedFile(file, now, includeDrafts)) (ids[file.collection] ??= []).push(file.id);
    }
    return ids;
  };
  const config = async (includeDrafts: boolean) =>
    editorConfig({
      repository: site.repository,
      backend: backendFromEnv(process.env),
      editorialWorkflow: editorialWorkflowFromEnv(process.env),
      siteUrl: new URL(base, siteUrl).href,
      logo: `${base}favicon.svg`,
      originals: await originals(includeDrafts),
    });
  return {
    name: 'vtechlabs:cms',
    hooks: {
      'astro:config:done': ({ config: astro }) => {
        base = astro.base.endsWith('/') ? astro.base : `${astro.base}/`;
        siteUrl = astro.site ?? site.url;
        root = fileURLToPath(astro.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const adminDir = join(outDir, editorFolder);
        const editor = await config(false);
        await mkdir(adminDir, { recursive: true });
        await Promise.all([
          writeFile(join(adminDir, editorFiles.page), editorPage(editor, `${base}favicon.svg`)),
          writeFile(join(adminDir, editorFiles.setup), editorSetupScript(editor, await articleStylesheets(outDir))),
          copyFile(appFile, join(adminDir, editorFiles.app)),
        ]);
        const headersFile = join(outDir, '_headers');
        const headers = await readFile(headersFile, 'utf8').catch(() => undefined);
        if (headers !== undefined) {
          // _headers and _redirects are read by the host, and _astro/ holds scripts and styles, which no policy governs.
          const entries = (await readdir(outDir, { withFileTypes: true }))
            .filter((e) => !e.name.startsWith('_'))
            .map((e) => ({ name: e.name, folder: e.isDirectory() }));
          await writeFile(headersFile, withEditorPolicy(headers, entries, editorFolder, editorHeaderPolicy(editor)));
        }
        logger.info(`editor in ${join('dist', editorFolder)}, with its own Content-Security-Policy`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          const prefix = `${base}${editorFolder}/`;
          if (!path.startsWith(prefix)) return next();
          const file = path.slice(prefix.length) || editorFiles.page;
          const editor = await config(true);
          // In development Vite serves the article stylesheet (BaseLayout's "article") compiled at ?direct.
          const body =
            file === editorFiles.page
              ? editorPage(editor, `${base}favicon.svg`)
              : file === editorFiles.setup
                ? editorSetupScript(editor, [`${base}src/styles/article.css?direct`])
                : file === editorFiles.app
                  ? await readFile(appFile)
                  : undefined;
          if (body === undefined) return next();
          res.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' });
          res.end(body);
        });
      },
    },
  };
}
