/**
 * Astro's CSP <meta> lists the hash of every script and style it could emit
 * anywhere (its island loader and client directives included, which no page
 * here uses: 7 of 9 script hashes, ~0.4 KB of incompressible base64 on every
 * page). A page needs the hashes of its own inline scripts and styles only;
 * everything loaded from a URL is allowed by 'self'. Built HTML in, built HTML out.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = { 'script-src': /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi, 'style-src': /<style[^>]*>([\s\S]*?)<\/style>/gi } as const;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes the page's inline scripts (or styles) need, as CSP sources. */
function inlineHashes(html: string, directive: keyof typeof INLINE): Set<string> {
  return new Set([...html.matchAll(INLINE[directive])].map((m) => sha256(m[1]!)));
}

/** `html` with every script-src and style-src hash that matches nothing inline on the page left out of its CSP <meta>. */
export function withUsedCspHashes(html: string): string {
  return html.replace(META, (_, start: string, policy: string, end: string) => {
    const directives = policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const used = inlineHashes(html, name);
      const kept = sources.filter((s) => !/^'sha\d+-/.test(s) || used.has(s));
      return `${/^\s*/.exec(directive)![0]}${[name, ...kept].join(' ')}`;
    });
    return `${start}${directives.join(';')}${end}`;
  });
}
