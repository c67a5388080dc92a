/**
 * Puts the theme toggle (src/scripts/theme.client.js) inline in every page's
 * <head>. Injected as a 'head-inline' script rather than written as an
 * `is:inline` <script> in a component because Astro's CSP only hashes scripts
 * it knows about: 'head-inline' scripts are hashed into the page's
 * Content-Security-Policy and placed after its <meta>, so the policy governs
 * them too. An `is:inline` script is neither hashed nor covered.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';

/**
 * The script as pages carry it: the source without its comments and
 * indentation (every byte of it is on every page; the lines stay as written).
 */
export function themeScriptSource(): string {
  const source = readFileSync(new URL('../scripts/theme.client.js', import.meta.url), 'utf8');
  return source
    .replace(/^\s*\/\/.*\n/gm, '')
    .replace(/^\s+/gm, '')
    .trim();
}

export default function themeScript(): AstroIntegration {
  return {
    name: 'vtechlabs:theme-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', themeScriptSource()),
    },
  };
}
