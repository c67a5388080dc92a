/**
 * A Vite plugin that gives the search opener the URL of the search UI without
 * an `import()` Vite can see. Vite puts a ~1.7 KB preload helper in front of
 * every dynamic import it bundles; the opener must stay tiny (with the theme
 * script, under the 1 KB budget of JavaScript before any interaction), so it imports
 * `virtual:search-ui` (just a URL) and loads that URL itself.
 *
 * In a build, the search UI is emitted as its own chunk and its final file
 * name is written into the opener; in dev, the URL is the source file's.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:search-ui';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const PLACEHOLDER = '__SEARCH_UI_CHUNK__';

export function searchUiChunk(entry: string, root: string, base: string): Plugin {
  let reference: string | undefined;
  let building = false;
  return {
    name: 'search-ui-chunk',
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (building) reference = this.emitFile({ type: 'chunk', id: entry, name: 'search-ui' });
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const url = building ? PLACEHOLDER : `${base}${relative(root, entry).split('\\').join('/')}`;
      return `export default ${JSON.stringify(url)};`;
    },
    renderChunk(code) {
      if (!reference || !code.includes(PLACEHOLDER)) return null;
      return { code: code.replaceAll(PLACEHOLDER, `${base}${this.getFileName(reference)}`), map: null };
    },
  };
}
