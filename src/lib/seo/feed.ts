/**
 * Helpers for the RSS feed (src/pages/rss.xml.ts): feed readers show an
 * article away from the site, so every link and image in it must be absolute.
 */

/** Makes root-relative href, src and srcset URLs absolute against `origin`; other URLs are left alone. */
export function absolutizeUrls(html: string, origin: string): string {
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? new URL(url, origin).href : url);
  return html
    .replace(/\b(href|src)="([^"]*)"/g, (_, attr: string, url: string) => `${attr}="${absolute(url)}"`)
    .replace(
      /\bsrcset="([^"]*)"/g,
      (_, set: string) =>
        `srcset="${set
          .split(',')
          .map((candidate) => candidate.trim().replace(/^\S+/, (url) => absolute(url)))
          .join(', ')}"`,
    );
}
