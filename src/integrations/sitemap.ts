/**
 * @astrojs/sitemap with what search engines use: exactly the indexable pages
 * (a page whose built HTML says noindex is left out, so a page's own
 * PageMeta.noindex is the one switch), a <lastmod> from content dates, and
 * each page's hreflang alternates exactly as its <head> lists them (every
 * version that exists plus x-default; none for a page in one language).
 * @astrojs/sitemap's own i18n option is not used: it writes no x-default and
 * lists Astro's fallback pages as translations.
 */
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isoDateTime } from '../lib/dates/index.ts';
import { datedContent, datedPaths, lastModified, type DatedContent, type DatedPath } from '../lib/dates/last-modified.ts';
import { hreflangAlternates, isNoindexHtml } from '../lib/build/html.ts';
import { splitPathLanguage } from '../lib/urls/paths.ts';
import { contentFilesOfBuild } from '../lib/content/files.ts';

export default function seoSitemap(): AstroIntegration[] {
  let config: { root: URL; outDir: URL; base: string } | undefined;
  let content: Promise<{ entries: DatedContent[]; paths: DatedPath[] }> | undefined;
  const context: AstroIntegration = {
    name: 'vtechlabs:sitemap-context',
    hooks: {
      'astro:config:done': ({ config: { root, outDir, base } }) => {
        config = { root, outDir, base };
      },
    },
  };
  const withLastmod = sitemap({
    // Only <loc> and <lastmod> are used; the news, image and video namespaces would be empty noise.
    namespaces: { news: false, xhtml: true, image: false, video: false },
    async serialize(item) {
      if (!config) throw new Error('sitemap: the Astro config was not read');
      const { root, outDir, base } = config;
      const pathname = new URL(item.url).pathname;
      const path = `/${pathname.slice(base.replace(/\/?$/, '/').length)}`;
      // Each language's 404 page (@astrojs/sitemap leaves out only the site's own).
      if (splitPathLanguage(path).sharedPath === '/404/') return undefined;
      const html = await readFile(new URL(`.${path}index.html`, outDir), 'utf8').catch(() => '');
      if (isNoindexHtml(html)) return undefined;
      const links = hreflangAlternates(html).map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
      content ??= contentFilesOfBuild(fileURLToPath(root)).then((files) => ({ entries: datedContent(files, new Date()), paths: datedPaths(files) }));
      const { entries, paths } = await content;
      const date = lastModified(path, entries, paths);
      return { ...item, ...(links.length ? { links } : {}), ...(date ? { lastmod: isoDateTime(date) } : {}) };
    },
  });
  return [context, withLastmod];
}
