/**
 * The social cards (src/lib/social/): in a build they are drawn by worker
 * threads from the moment the build starts, while Vite bundles and Astro
 * renders the pages on the main thread, into the card cache
 * (node_modules/.cache/og); when the build is done each card is linked into
 * dist/og/ and the set is checked complete. They never go through Astro's
 * route pipeline. The dev server draws a card when it is asked for one, from
 * a list of cards read again only after a content file changes.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../site.config.ts';
import { cachedCardPng, cacheFileOf, drawAhead, loadCardFonts, type CardFont } from '../lib/social/card-cache.ts';
import { cardEntries, cardList, type CardToDraw } from '../lib/social/card-list.ts';
import { contentFilesOfBuild, loadContentFiles, loadTranslationFiles, type ContentFile, type TranslationFile } from '../lib/content/files.ts';

function cardsOf(files: readonly ContentFile[], translations: readonly TranslationFile[], siteUrl: string, includeDrafts: boolean): CardToDraw[] {
  return cardList({ siteName: site.name, tagline: site.tagline, host: new URL(siteUrl).host, ...cardEntries(files, new Date(), includeDrafts, translations) });
}

/** A hard link costs no copy; a copy where the cache and dist/ are on different file systems. */
async function place(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  await link(from, to).catch(() => copyFile(from, to));
}

export default function socialCards(): AstroIntegration {
  let rootDir = '';
  let siteUrl = site.url;
  let fonts: Promise<CardFont[]> | undefined;
  let cards: Promise<CardToDraw[]> | undefined;
  let drawing: Promise<{ done: Promise<void> }> | undefined;
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        rootDir = fileURLToPath(config.root);
        siteUrl = config.site ?? site.url;
      },
      'astro:build:start': () => {
        fonts = loadCardFonts();
        cards = Promise.all([contentFilesOfBuild(rootDir), loadTranslationFiles(rootDir)]).then(([files, translations]) =>
          cardsOf(files, translations, siteUrl, false),
        );
        drawing = Promise.all([cards, fonts]).then(([list, cardFonts]) => drawAhead([...new Set(list.map((card) => card.set))], cardFonts));
        // A failure is reported at build:done, where the build can stop cleanly.
        drawing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!cards || !fonts || !drawing) throw new Error('social cards: the build did not start them (astro:build:start did not run)');
        const [list, cardFonts] = await Promise.all([cards, fonts]);
        await (
          await drawing
        ).done;
        const outDir = fileURLToPath(dir);
        const folders = new Set(list.map((card) => dirname(join(outDir, card.path))));
        await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
        await Promise.all(
          list.map(async (card) => {
            const file = cacheFileOf(card.set, card.size, cardFonts);
            const target = join(outDir, card.path);
            // A card the workers could not draw is drawn here, or fails here naming its title.
            await place(file, target).catch(async () => {
              await cachedCardPng(card.set, card.size, cardFonts);
              await place(file, target);
            });
          }),
        );
        logger.info(`${list.length} cards in ${join('dist', 'og')}`);
      },
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.replace(/\/$/, '');
        // The list of cards comes from every content file: it is read once, and again only after
        // a content file changes, not on each request (on a large site a read takes seconds).
        const contentDir = join(rootDir, 'content') + sep;
        let devCards: Promise<CardToDraw[]> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (file.startsWith(contentDir)) devCards = undefined;
        });
        server.middlewares.use(async (req, res: ServerResponse, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(`${base}/og/`) || !path.endsWith('.png')) return next();
          try {
            devCards ??= Promise.all([loadContentFiles(rootDir), loadTranslationFiles(rootDir)]).then(([files, translations]) =>
              cardsOf(files, translations, siteUrl, true),
            );
            const card = (await devCards).find((c) => c.path === path.slice(base.length));
            if (!card) return next();
            const png = await cachedCardPng(card.set, card.size, await (fonts ??= loadCardFonts()));
            res.writeHead(200, { 'Content-Type': 'image/png' });
            res.end(png);
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
