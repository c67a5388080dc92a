/**
 * After the build, trims each page's Content-Security-Policy <meta> to the
 * hashes that page uses (see src/lib/build/csp-hashes.ts for why Astro lists
 * more), and gives dist/_headers' policy the same form-action as the pages
 * (the enquiry form's endpoint, src/lib/enquiry).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withUsedCspHashes } from '../lib/build/csp-hashes.ts';
import { withFormAction } from '../lib/build/headers.ts';
import { enquiryTarget, formActionDirective } from '../lib/enquiry/index.ts';

export default function cspHashes(): AstroIntegration {
  return {
    name: 'vtechlabs:csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
        let trimmed = 0;
        await Promise.all(
          files.map(async (f) => {
            const html = await readFile(join(root, f), 'utf8');
            const out = withUsedCspHashes(html);
            if (out === html) return;
            trimmed++;
            await writeFile(join(root, f), out);
          }),
        );
        logger.info(`Content-Security-Policy: hashes of scripts and styles no page carries left out of ${trimmed} pages.`);
        const headersFile = join(root, '_headers');
        const headers = await readFile(headersFile, 'utf8').catch(() => undefined);
        if (headers !== undefined) await writeFile(headersFile, withFormAction(headers, formActionDirective(enquiryTarget())));
      },
    },
  };
}
