/** The URL of the search UI module (see src/integrations/vite-search-ui-chunk.ts). */
declare module 'virtual:search-ui' {
  const url: string;
  export default url;
}
