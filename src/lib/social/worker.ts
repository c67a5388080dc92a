/**
 * The card worker: draws the card jobs it is sent (draw.ts) and writes the
 * PNGs where it is told (the card cache), so the main thread neither copies
 * nor writes them. Run by Node directly, not bundled, so it imports only
 * plain Node modules. Started by worker-pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCards, type CardFont, type CardJob } from './draw.ts';
import { writeFileAtomically } from '../build/atomic-write.ts';
import type { WorkerReply, WorkerRequest } from './worker-pool.ts';

const fonts: CardFont[] = (workerData as { fonts: { name: string; weight: 400 | 700; data: Uint8Array }[] }).fonts.map((f) => ({
  ...f,
  data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength),
}));

parentPort?.on('message', async ({ id, job, files }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const pngs = await drawCards(job as CardJob, fonts);
    if (pngs.length !== files.length) throw new Error(`${pngs.length} cards drawn for ${files.length} files`);
    pngs.forEach((png, i) => writeFileAtomically(files[i] ?? '', png));
    reply = { id };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
