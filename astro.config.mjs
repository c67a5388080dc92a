// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import draftVisibility from './src/integrations/draft-visibility.ts';
import seoSitemap from './src/integrations/sitemap.ts';
import searchIndex from './src/integrations/search-index.ts';
import publishing from './src/integrations/publishing.ts';

// SITE_URL and BASE_PATH let a test or a deploy build the same site for
// another origin or sub-folder without editing code; the default origin is
// the one in src/site.config.ts.
import { site } from './src/site.config.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? site.url,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // publishing() checks dist/ after the other integrations wrote to it: keep it last.
  integrations: [contentCheck(), draftVisibility(), mdx(), seoSitemap(), searchIndex(), publishing()],
  markdown: {
    shikiConfig: {
      // Both themes are emitted as CSS variables; global.css picks one per theme.
      themes: { light: 'github-light', dark: 'github-dark' },
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
