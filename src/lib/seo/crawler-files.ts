/**
 * Plain-text files for crawlers at the site root: robots.txt and llms.txt
 * (https://llmstxt.org: a Markdown summary of the site for AI answer engines).
 */

/** Everything may be crawled: pages that must stay out of results say noindex instead (a blocked page's noindex is never read). */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

export interface LlmsLink {
  title: string;
  url: string;
  description: string;
}

export interface LlmsTxtInput {
  name: string;
  summary: string;
  details: string;
  sections: { heading: string; links: readonly LlmsLink[] }[];
}

/** Markdown links cannot hold "]" or a line break in their text; descriptions stay on one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const linkText = (text: string) => oneLine(text).replace(/[[\]]/g, '');

export function llmsTxt({ name, summary, details, sections }: LlmsTxtInput): string {
  const parts = [`# ${oneLine(name)}`, `> ${oneLine(summary)}`, oneLine(details)];
  for (const section of sections) {
    if (section.links.length === 0) continue;
    parts.push(`## ${section.heading}\n\n${section.links.map((l) => `- [${linkText(l.title)}](${l.url}): ${oneLine(l.description)}`).join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
