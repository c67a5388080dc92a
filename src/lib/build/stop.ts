/**
 * How a report of editors' mistakes ends `astro build`: printed as the
 * integration's error, then exit code 1. Throwing from a hook would not do:
 * Astro 7 prints anything a hook throws as `An unhandled error occurred while
 * running the "astro:config:setup" hook` followed by a stack trace
 * (astro/dist/integrations/hooks.js), which reads as a bug in the site. A
 * real bug in the site's own code is still thrown, and printed that way.
 */
import type { AstroIntegrationLogger } from 'astro';

/** The exit code of a build stopped by content problems (Astro's own CLI exits 1 on an error too). */
export const STOPPED_EXIT_CODE = 1;

/** Resolves once everything written to `stream` so far is out (a long report to a pipe is written in parts). */
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((done) => stream.write('', () => done()));

export async function stopWithReport(logger: AstroIntegrationLogger, report: string): Promise<never> {
  logger.error(report);
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(STOPPED_EXIT_CODE);
}
