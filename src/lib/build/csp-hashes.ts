/**
 * Astro's CSP <meta> lists the hash of every script and style it could emit
 * anywhere (its island loader and client directives included, which no page
 * here uses: 7 of 9 script hashes, ~0.4 KB of incompressible base64 on every
 * page). A page needs the hashes of its own inline scripts and styles only;
 * everything loaded from a URL is allowed by 'self'. Built HTML in, built HTML
 * out; the page's elements are read by html.ts, so text that only looks like
 * a <script> is never hashed.
 */
import { createHash } from 'node:crypto';
import { htmlElements, type HtmlElement } from './html.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes the page's inline scripts and styles need, as CSP sources, by directive. */
function inlineHashes(elements: readonly HtmlElement[]): Record<'script-src' | 'style-src', Set<string>> {
  const hashes = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const e of elements) {
    if (e.content === undefined) continue;
    if (e.name === 'script' && e.attributes['src'] === undefined) hashes['script-src'].add(sha256(e.content));
    if (e.name === 'style') hashes['style-src'].add(sha256(e.content));
  }
  return hashes;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `html` with every script-src and style-src hash that matches nothing inline on the page left out of its CSP <meta>. */
export function withUsedCspHashes(html: string): string {
  const elements = htmlElements(html);
  const meta = elements.find((e) => e.name === 'meta' && e.attributes['http-equiv']?.toLowerCase() === 'content-security-policy');
  const policy = meta?.attributes['content'];
  if (!meta || policy === undefined) return html;
  const used = inlineHashes(elements);
  const directives = policy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    if (name !== 'script-src' && name !== 'style-src') return directive;
    const kept = sources.filter((s) => !/^'sha\d+-/.test(s) || used[name].has(s));
    return `${/^\s*/.exec(directive)![0]}${[name, ...kept].join(' ')}`;
  });
  const trimmed = directives.join(';');
  if (trimmed === policy) return html;
  // Only this one start tag is rewritten, at the place the parser found it.
  const tag = html.slice(meta.start, meta.end + 1).replace(/(\scontent=)(?:"[^"]*"|'[^']*'|[^\s>]+)/i, `$1"${escapeAttribute(trimmed)}"`);
  return `${html.slice(0, meta.start)}${tag}${html.slice(meta.end + 1)}`;
}
