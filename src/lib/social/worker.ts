/**
 * The card worker: draws the card jobs it is sent (draw.ts) and sends
 * the PNGs back. Run by Node directly, not bundled, so it imports only plain
 * Node modules. Started by worker-pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCards, type CardFont, type CardJob } from './draw.ts';
import type { WorkerReply, WorkerRequest } from './worker-pool.ts';

const fonts: CardFont[] = (workerData as { fonts: { name: string; weight: 400 | 700; data: Uint8Array }[] }).fonts.map((f) => ({
  ...f,
  data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength),
}));

parentPort?.on('message', async ({ id, job }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    // Copied into ArrayBuffers of their own, which are then moved to the main thread rather than copied again.
    const pngs = (await drawCards(job as CardJob, fonts)).map((png) => Uint8Array.from(png).buffer);
    reply = { id, pngs };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, 'pngs' in reply ? reply.pngs : []);
});
