import { describe, expect, it } from 'vitest';
import { checkPublishedUrls } from '../../../src/lib/checks/published-urls.ts';
import { parsePublishedUrls } from '../../../src/lib/urls/redirects.ts';

const listed = parsePublishedUrls('# comment\n/blog/old-name/\n/blog/kept/\n/blog/tags/gone/\n');
const exists = (path: string) => path === '/blog/kept/';

describe('checkPublishedUrls', () => {
  it('names each published URL that disappeared, with the redirect that fixes it', () => {
    expect(checkPublishedUrls(listed, exists, []).map((p) => `${p.path}:${p.line} – ${p.message} – ${p.fix}`)).toEqual([
      'published-urls.txt:2 – /blog/old-name/ was published and no page has this URL any more – if the file was renamed, add "redirectFrom: [old-name]" to the renamed file in content/articles/; if removing it is intended, run "npm run urls:update" and commit published-urls.txt',
      'published-urls.txt:4 – /blog/tags/gone/ was published and no page has this URL any more – if another page replaces it, add "/blog/tags/gone/" to that page\'s redirectFrom; if removing it is intended, run "npm run urls:update" and commit published-urls.txt',
    ]);
  });

  it('accepts URLs that redirect', () => {
    const redirects = [
      { from: '/blog/old-name/', to: '/blog/new-name/' },
      { from: '/blog/tags/gone/', to: '/blog/tags/kept/' },
    ];
    expect(checkPublishedUrls(listed, exists, redirects)).toEqual([]);
  });
});
