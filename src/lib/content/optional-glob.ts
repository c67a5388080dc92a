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
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `folders`: only files in these sub-folders of `base` count (translations:
 * "gu/x.mdx" in content/articles/, where English files sit at the top).
 */
export function optionalGlob(options: { pattern: string; base: string; extensions: readonly string[]; folders?: readonly string[] }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  const inFolders = (name: string) => !options.folders || options.folders.some((folder) => name.split(sep)[0] === folder);
  const matches = (name: string) => options.extensions.some((ext) => name.endsWith(ext)) && inFolders(name);
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
        if (!path.startsWith(dir) || !matches(relative(dir, path))) return;
        watcher.off('add', onAdd);
        void inner.load(context);
      };
      watcher.on('add', onAdd);
    },
  };
}
