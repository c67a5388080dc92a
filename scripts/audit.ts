/**
 * `npm run audit`: builds the site, serves dist/ on 127.0.0.1 and prints
 * Lighthouse's four scores (mobile) for home, article, course and search.
 * tests/browser/lighthouse.test.ts runs the same audits without performance and asserts them.
 * Usage: npm run audit [-- path ...]   (paths like "blog/what-is-a-rest-api/")
 */
import { auditedPages, CATEGORIES, lighthouse } from '../tests/support/lighthouse.ts';
import { distDir, serveStatic } from '../tests/support/site.ts';

const requested = process.argv.slice(2);
const pages = requested.length ? requested.map((path) => ({ type: 'page', path: `/${path.replace(/^\//, '')}` })) : await auditedPages();
const server = await serveStatic(distDir);
const rows: string[][] = [];
try {
  for (const { type, path } of pages) {
    process.stderr.write(`auditing ${path} …\n`);
    const { scores, failures } = await lighthouse(new URL(path.slice(1), server.url).href);
    rows.push([type, path, ...CATEGORIES.map((c) => String(scores[c] ?? '–'))]);
    for (const f of failures) process.stderr.write(`  below full marks: ${f}\n`);
  }
} finally {
  await server.close();
}

const header = ['type', 'page', ...CATEGORIES];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log([line(header), `|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n'));
