/**
 * Builds the Pagefind search index as the last step of `astro build`, so every
 * production build (and `npm start`) is searchable with nothing to remember.
 * Only elements marked `data-pagefind-body` (article and course pages) are
 * indexed; every other page is left out by Pagefind itself.
 *
 * In `astro dev` there is no built HTML to index: the dev server serves the
 * index of the last production build from dist/pagefind when there is one,
 * and the search UI says that search needs a production build when there is not.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchUiChunk } from './vite-search-ui-chunk.ts';
import { indexChunkSize } from '../lib/search/chunk-size.ts';

/** The folder (inside the build output) that the search UI loads from. */
export const INDEX_DIR = 'pagefind';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Pages that made it into the index (Pagefind's own count includes the pages it skipped). */
async function indexedPageCount(indexDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Pagefind 1.6 reads its index chunk size only from this environment variable
 * (no option yet); its binary inherits it when the Node API starts it. If a
 * later Pagefind ignores it, the "search weight" tests in
 * tests/browser/search.test.ts see the bytes of a search grow.
 */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Indexes the built site in `outDir`; returns the number of pages indexed. */
async function writeIndex(outDir: string, chunkSize: number): Promise<number> {
  const previous = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize);
  const { index, errors } = await pagefind.createIndex({});
  if (previous === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
  else process.env[CHUNK_SIZE_VARIABLE] = previous;
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, INDEX_DIR) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return await indexedPageCount(join(outDir, INDEX_DIR));
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const uiBase = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({ vite: { plugins: [searchUiChunk(join(root, 'src/scripts/search-ui.ts'), root, uiBase)] } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages: built, logger }) => {
        const started = performance.now();
        const chunkSize = indexChunkSize(built.length);
        const pages = await writeIndex(fileURLToPath(dir), chunkSize);
        if (pages === 0) throw new Error('Pagefind found no pages to index: article and course pages must carry data-pagefind-body.');
        logger.info(`indexed ${pages} pages for search (chunks of ${chunkSize} words) in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, INDEX_DIR);
        // Serve the last production build's index so search can be tried while writing.
        server.middlewares.use(`${base}${INDEX_DIR}/`, (req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          const file = normalize(join(indexDir, path));
          if (!file.startsWith(indexDir + sep)) return next();
          stat(file).then(
            (info) => {
              if (!info.isFile()) return next();
              res.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
              res.setHeader('cache-control', 'no-store');
              createReadStream(file).pipe(res);
            },
            () => next(),
          );
        });
        stat(join(indexDir, 'pagefind.js')).then(
          () => logger.info(`search uses the index of the last production build (${indexDir})`),
          () => logger.warn('search needs a production build: run `npm run build` once and search works here too'),
        );
      },
    },
  };
}
