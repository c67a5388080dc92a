import type { TestProject } from 'vitest/node';
import { distDir, root, runBuild, serveStatic } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin + base of the served production build, e.g. http://127.0.0.1:40123/ */
    siteUrl: string;
  }
}

/** Builds the production site once for all `site` tests, then serves it. */
export default async function setup(project: TestProject) {
  // The site as configured in src/site.config.ts: an ENQUIRY_ACTION in the developer's shell would add a form the tests do not expect,
  // and NETLIFY=true would write Netlify's _redirects (tests/build/hosts.test.ts builds that one).
  const build = await runBuild(root, { ENQUIRY_ACTION: '', NETLIFY: '' });
  if (build.code !== 0) throw new Error(`The production build failed:\n${build.output}`);
  const server = await serveStatic(distDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
