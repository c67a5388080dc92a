/**
 * Astro's glob() loader for a collection that may have no files: the
 * repository ships no batch (batch dates are facts the institute announces),
 * and glob() warns on every build about a folder with nothing in it. With no
 * matching file this loader loads nothing, quietly; under `astro dev` it
 * watches the folder and loads the first file added.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function optionalGlob(options: { pattern: string; base: string; extensions: readonly string[] }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  const matches = (name: string) => options.extensions.some((ext) => name.endsWith(ext));
  return {
    name: 'optional-glob',
    load: async (context: LoaderContext) => {
      const dir = join(fileURLToPath(context.config.root), options.base);
      const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
      if (names.some(matches)) return inner.load(context);
      context.store.clear();
      const watcher = context.watcher;
      if (!watcher) return;
      watcher.add(dir);
      const onAdd = (path: string) => {
        if (!path.startsWith(dir) || !matches(path)) return;
        watcher.off('add', onAdd);
        void inner.load(context);
      };
      watcher.on('add', onAdd);
    },
  };
}
