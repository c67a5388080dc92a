/**
 * The static hosts' own rules engines, run in the test process: what Netlify
 * and Cloudflare Pages would answer for a path, given a `_redirects` file and
 * a built dist/. Nothing here reads the format itself.
 * - Netlify: @netlify/redirect-parser (the parser its builds use) and
 *   @netlify/redirects (the engine `netlify dev` serves with).
 * - Cloudflare: redirects-in-workers, which bundles Cloudflare's own parser
 *   and rules engine from workers-sdk (workers-shared); Cloudflare's packages
 *   on the registry either lack them or bring the whole workerd runtime.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { RedirectsHandler } from '@netlify/redirects';
import { generateRedirectsEvaluator } from 'redirects-in-workers';
import { vi } from 'vitest';

export interface HostAnswer {
  status: number;
  /** Location header of a redirect, as a site path ("/blog/new/"). */
  location?: string;
  /** The dist/ file served, as a site path ("/gu/404.html"), when the answer is a file. */
  file?: string;
}

const ORIGIN = 'http://127.0.0.1';

/** The dist/ file a static host serves for `path` ("/x/" -> x/index.html), if there is one. */
function staticFile(dist: string, path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return path;
  const index = join(file, 'index.html');
  return existsSync(index) ? `${path.replace(/\/?$/, '/')}index.html` : undefined;
}

function locationOf(response: Response): string | undefined {
  const location = response.headers.get('location');
  return location === null ? undefined : new URL(location, ORIGIN).pathname;
}

export interface NetlifyRedirects {
  /** Rules Netlify's parser accepted, as it normalizes them. */
  rules: { from: string; to: string; status?: number; force: boolean }[];
  /** Netlify's parse errors: lines its builds would reject. */
  errors: string[];
  /** What Netlify answers for `path`: its engine decides, dist/ supplies the files (shadowing included). */
  answer: (path: string) => Promise<HostAnswer>;
}

/** Netlify reading `dist/_redirects`. */
export async function netlify(dist: string): Promise<NetlifyRedirects> {
  const parsed = await parseAllRedirects({ redirectsFiles: [join(dist, '_redirects')], configRedirects: [], minimal: true });
  const rules = parsed.redirects as NetlifyRedirects['rules'];
  // The engine is built on the same parser; a missing folder stands in for the repository's netlify.toml and _redirects.
  const handler = new RedirectsHandler({ projectDir: join(dist, '.no-project'), publicDir: dist, configRedirects: [], jwtRoleClaim: '', jwtSecret: '' });
  await handler.match(new Request(`${ORIGIN}/`)); // reads _redirects now, while dist/ is there
  const serve = async (request: Request) => {
    const file = staticFile(dist, new URL(request.url).pathname);
    return file ? async () => new Response(await readFile(join(dist, file)), { status: 200, headers: { 'x-file': file } }) : undefined;
  };
  return {
    rules,
    errors: parsed.errors.map((e: Error) => e.message),
    answer: async (path) => {
      const request = new Request(`${ORIGIN}${path}`);
      const match = await handler.match(request);
      const response = match ? await handler.handle(request, match, serve) : undefined;
      if (!response) {
        const file = staticFile(dist, path);
        return file ? { status: 200, file } : { status: 404, file: '/404.html' };
      }
      const file = response.headers.get('x-file') ?? undefined;
      const location = locationOf(response);
      // A 404 rule serves its target with status 404 (the engine leaves the status to the server); a file at the path itself shadows the rule.
      const status = match?.statusCode === 404 && file !== staticFile(dist, path) ? 404 : response.status;
      return { status, ...(location ? { location } : {}), ...(file ? { file } : {}) };
    },
  };
}

export interface CloudflareRedirects {
  /** Number of rules Cloudflare's parser accepted. */
  valid: number;
  /** Cloudflare's own report of the lines it ignores (empty when every line is valid). */
  invalid: string;
  /** What Cloudflare's redirect rules answer for `path`; undefined when no rule matches (the file, or the nearest 404.html, is served). */
  answer: (path: string) => Promise<HostAnswer | undefined>;
}

/** Cloudflare Pages reading `_redirects` text. Its parser reports through the console, as wrangler does; that report is captured. */
export async function cloudflare(text: string): Promise<CloudflareRedirects> {
  const logged: string[] = [];
  const warned: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warned.push(args.join(' ')));
  let evaluate: ReturnType<typeof generateRedirectsEvaluator>;
  try {
    evaluate = generateRedirectsEvaluator(text);
  } finally {
    log.mockRestore();
    warn.mockRestore();
  }
  const parsed = logged.join('\n').match(/Parsed (\d+) valid redirect rules?/);
  const assets = {
    fetch: () => {
      throw new Error('no rewrite (status 200) rule is expected');
    },
  };
  return {
    valid: parsed ? Number(parsed[1]) : 0,
    invalid: warned.join('\n'),
    answer: async (path) => {
      const response = await evaluate(new Request(`${ORIGIN}${path}`), assets as unknown as Parameters<typeof evaluate>[1]);
      if (!response) return undefined;
      const location = locationOf(response);
      return { status: response.status, ...(location ? { location } : {}) };
    },
  };
}
