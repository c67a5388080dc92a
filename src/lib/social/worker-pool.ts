/**
 * Worker threads that draw social cards (worker.ts), so the cards of a
 * build are drawn on the other cores while the main thread renders pages.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardFont, CardJob } from './draw.ts';

export interface WorkerRequest {
  id: number;
  job: CardJob;
  /** Where the worker writes each card of the job's sizes, in order. */
  files: string[];
}

/** A job's cards are written, or the reason they are not. */
export type WorkerReply = { id: number } | { id: number; error: string };

/**
 * The worker's source, run by Node as it is (it strips the types). Found from
 * the project folder, like the card cache: the og route runs from a bundle,
 * where a path relative to this file would not exist.
 */
export const WORKER_SCRIPT = join(process.cwd(), 'src', 'lib', 'social', 'worker.ts');

/** One worker per core but the one the main thread uses, at least one. */
export const defaultWorkerCount = () => Math.max(1, availableParallelism() - 1);

/** A worker thread drawing one job at a time. */
export class CardWorker {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  #next = 0;
  #stopped: Error | undefined;

  constructor(fonts: readonly CardFont[], script = WORKER_SCRIPT) {
    this.#worker = new Worker(script, { workerData: { fonts } });
    // Never keeps the build alive: a worker with nothing to do must not delay the end.
    this.#worker.unref();
    this.#worker.on('message', (reply: WorkerReply) => {
      const waiting = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve();
    });
    this.#worker.on('error', (error) => this.#failAll(new Error(`the social card worker (${script}) stopped: ${error.message}`)));
    this.#worker.on('exit', (code) => this.#failAll(new Error(`the social card worker (${script}) exited with code ${code}`)));
  }

  #failAll(error: Error): void {
    this.#stopped ??= error;
    for (const { reject } of this.#waiting.values()) reject(error);
    this.#waiting.clear();
  }

  /** False once the thread has stopped (crashed, or closed): its jobs are then drawn elsewhere. */
  get alive(): boolean {
    return !this.#stopped;
  }

  /** Draws the job's cards and writes them to `files` (one per size, in order); settles once they are written. */
  draw(job: CardJob, files: string[]): Promise<void> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ id, job, files } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}

/** Whether workers can be started here (the worker's source is in the project). */
export const workersAvailable = (script = WORKER_SCRIPT) => existsSync(script);
