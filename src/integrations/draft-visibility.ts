/**
 * Drafts (and future-dated entries) are shown by `astro dev` only. The switch
 * is tied to the command, not to NODE_ENV or Vite's mode, so a build run with
 * NODE_ENV=test (as under a test runner or a misconfigured CI) can never
 * publish a draft.
 */
import type { AstroIntegration } from 'astro';

export default function draftVisibility(): AstroIntegration {
  return {
    name: 'draft-visibility',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
