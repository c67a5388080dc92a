import { describe, expect, it } from 'vitest';
import { llmsTxt, robotsTxt } from '../../../src/lib/seo/crawler-files.ts';

describe('robotsTxt', () => {
  it('allows everything and points at the sitemap', () => {
    const lines = robotsTxt('https://example.test/sitemap-index.xml').split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Sitemap: https://example.test/sitemap-index.xml');
    expect(lines.some((l) => l.startsWith('Disallow: /'))).toBe(false);
  });
});

describe('llmsTxt', () => {
  it('writes a title, a summary and one line per link, skipping empty sections', () => {
    const text = llmsTxt({
      name: 'Site',
      summary: 'What it is',
      details: 'Where it is',
      sections: [
        { heading: 'Articles', links: [{ title: 'A [draft]\ntitle', url: 'https://example.test/a/', description: 'First\nline' }] },
        { heading: 'Courses', links: [] },
      ],
    });
    expect(text.startsWith('# Site\n\n> What it is\n\nWhere it is\n\n## Articles\n\n')).toBe(true);
    expect(text).toContain('- [A draft title](https://example.test/a/): First line\n');
    expect(text).not.toContain('## Courses');
  });
});
