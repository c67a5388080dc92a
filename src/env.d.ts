interface ImportMetaEnv {
  /** True only under `astro dev`: see src/integrations/draft-visibility.ts. */
  readonly SHOW_DRAFTS: boolean;
}
