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

/** The libuv handle behind a pipe or terminal stream; `setBlocking` is what Node itself calls for a terminal. */
interface StreamHandle {
  setBlocking?: (blocking: boolean) => number;
}

/**
 * Makes every later write to `stream` finish before the call returns. Node
 * writes to a pipe asynchronously: a report longer than the pipe holds is
 * queued and goes out in parts as the reader takes them, and a line written
 * to stdout meanwhile (Astro prints "Waiting for integration…" once a hook
 * has run for 3 s) lands between two parts wherever stdout and
 * stderr are one pipe, as in a CI log (`2>&1`), cutting a problem line in two.
 */
function writeWhole(stream: NodeJS.WriteStream): void {
  (stream as unknown as { _handle?: StreamHandle })._handle?.setBlocking?.(true);
}

export async function stopWithReport(logger: AstroIntegrationLogger, report: string): Promise<never> {
  // From here on every write goes out whole before the next; what was queued before goes out first.
  writeWhole(process.stdout);
  writeWhole(process.stderr);
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  logger.error(report);
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(STOPPED_EXIT_CODE);
}
