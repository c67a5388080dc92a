/**
 * Writing a file that another process or thread may read at the same moment
 * (the card cache, which a parallel build or the dev server may be reading):
 * the bytes go to a file beside it, which then takes its name in one step, so
 * a reader sees the old file or the new one, never half of one.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

/** The file aside: unique per process, thread and call, and not ending like the file (no reader globbing *.html or *.png picks it up). */
export function asideName(file: string): string {
  return `${file}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.tmp`;
}

/**
 * Blocking: the card worker writes thousands of files, and in its thread a
 * direct write costs less than a round trip through Node's I/O threads
 * (measured in docs/performance.md); the main thread writes a card only when
 * a page needs one the worker has not drawn.
 */
export function writeFileAtomically(file: string, bytes: Uint8Array | string): void {
  const aside = asideName(file);
  try {
    writeFileSync(aside, bytes);
    renameSync(aside, file);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
}
