/**
 * Screenshots of one page of every type (tests/support/page-types.ts), light and dark, narrow and wide, into
 * .cache/screenshots/ — for looking at the site the way a reader does.
 * Usage: npm run build && node scripts/screenshots.ts [path ...]
 * FULL_PAGE=0 captures only the first screen.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { representativePages } from '../tests/support/page-types.ts';
import { distDir, root, serveStatic } from '../tests/support/site.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : (await representativePages()).map((p) => p.path.slice(1));
const out = join(root, '.cache/screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic(distDir);
const browser = await launchBrowser();
for (const theme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
    for (const path of paths) {
      await page.goto(server.url + path);
      const name = `${(path || 'home').replace(/\/$/, '').replace(/\//g, '_')}-${theme}-${width}.png`;
      await page.screenshot({ path: join(out, name), fullPage: process.env.FULL_PAGE !== '0' });
      console.log(join(out, name));
    }
    await page.close();
  }
}
await browser.close();
await server.close();
