// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import errorPages from './src/integrations/error-pages.ts';
import draftVisibility from './src/integrations/draft-visibility.ts';
import seoSitemap from './src/integrations/sitemap.ts';
import searchIndex from './src/integrations/search-index.ts';
import publishing from './src/integrations/publishing.ts';
import themeScript from './src/integrations/theme-script.ts';
import cspHashes from './src/integrations/csp-hashes.ts';
import socialCards from './src/integrations/social-cards.ts';
import cms from './src/integrations/cms.ts';

// SITE_URL and BASE_PATH let a test or a deploy build the same site for
// another origin or sub-folder without editing code; the default origin is
// the one in src/site.config.ts.
import { site } from './src/site.config.ts';
// Where the enquiry form posts (ENQUIRY_ACTION, else site.enquiry.action): forms may post there and to the site itself, nowhere else.
import { enquiryTarget, formActionDirective } from './src/lib/enquiry/index.ts';

const formAction = formActionDirective(enquiryTarget());

export default defineConfig({
  site: process.env.SITE_URL ?? site.url,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // publishing() checks dist/ after the other integrations wrote to it: keep it last.
  integrations: [
    // Moves each language's 404 page to <lang>/404.html before any integration reads dist/: keep it first.
    errorPages(),
    contentCheck(),
    draftVisibility(),
    themeScript(),
    // MDX code blocks are highlighted as pages render, not compiled into modules: src/lib/content/code-highlight.ts.
    mdx({ syntaxHighlight: false }),
    socialCards(),
    seoSitemap(),
    searchIndex(),
    cspHashes(),
    // The editor at /admin/: after cspHashes, which gives _headers' policy its form-action, so the editor's policy is scoped last.
    cms(),
    publishing(),
  ],
  // Content-Security-Policy as a <meta> on every page: Astro adds the hashes of
  // every script and stylesheet it emits (the theme script included, see
  // src/integrations/theme-script.ts). tests/browser/csp.test.ts checks it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        formAction,
        // No page starts a worker: search runs Pagefind on the main thread (noWorker, src/scripts/search-ui.ts).
        "worker-src 'none'",
      ],
      scriptDirective: {
        // Pagefind's search is WebAssembly; where it runs in the page rather than in
        // its worker, compiling it needs 'wasm-unsafe-eval' (never 'unsafe-eval').
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: {
        // Shiki colours code with style="" attributes (CSS variables). Attributes
        // cannot run script, so only style-src-attr allows inline; <style> elements stay hashed.
        // Astro warns about Shiki under CSP and about 'self' not applying to
        // style-src-attr at every build: both expected with this policy.
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  // A rebuild copies a page from the last build (node_modules/.astro) instead of
  // rendering it when its code and its cacheKey are unchanged: see pageCacheKey()
  // in src/lib/content/index.ts for what a key covers. `astro build --force` renders all.
  experimental: { incrementalBuild: true },
  markdown: {
    shikiConfig: {
      // Both themes are emitted as CSS variables; global.css picks one per theme.
      // The "-default" GitHub themes: every token colour meets WCAG AA contrast
      // (github-light's orange and github-dark's comments do not).
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Known Astro 7 noise for every MDX file (withastro/astro#18087); harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
