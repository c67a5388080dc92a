/**
 * Each language's 404 page as a file: Astro writes only the site's own
 * src/pages/404.astro as dist/404.html; src/pages/[lang]/404.astro comes out as
 * dist/gu/404/index.html. Static hosts look for "404.html" in the folder of
 * the missing page (or are told to, in their redirect rules), so it is moved to
 * dist/gu/404.html before any other integration reads dist/. Keep it first.
 */
import type { AstroIntegration } from 'astro';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { translationLanguageCodes } from '../lib/i18n/languages.ts';

export default function errorPages(): AstroIntegration {
  return {
    name: 'vtechlabs:error-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const code of translationLanguageCodes) {
          const folder = join(out, code, '404');
          await rename(join(folder, 'index.html'), join(out, code, '404.html'));
          await rm(folder, { recursive: true });
        }
        logger.info(`404 pages: ${translationLanguageCodes.map((code) => `/${code}/404.html`).join(', ')}`);
      },
    },
  };
}
