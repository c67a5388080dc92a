import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STOPPED_EXIT_CODE, stopWithReport } from '../../../src/lib/build/stop.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stopWithReport', () => {
  it('prints the report as an error and exits with code 1 once it is written out, throwing nothing for Astro to frame', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as typeof process.exit);
    const error = vi.fn();
    const logger = { error } as unknown as AstroIntegrationLogger;
    await expect(stopWithReport(logger, 'content/articles/x.mdx:2 – pubDate is missing – add it')).rejects.toThrow(`exit ${STOPPED_EXIT_CODE}`);
    expect(error).toHaveBeenCalledWith('content/articles/x.mdx:2 – pubDate is missing – add it');
    expect(exit).toHaveBeenCalledWith(1);
  });
});
