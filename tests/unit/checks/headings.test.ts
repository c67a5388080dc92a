import { describe, expect, it } from 'vitest';
import { checkHeadings } from '../../../src/lib/checks/headings.ts';
import { article, lines } from '../../support/content-files.ts';

describe('checkHeadings', () => {
  it('flags every level-1 heading in a body, since the title is the page h1', () => {
    const file = article('h', {}, '# First\n\nText.\n\n## Fine\n\nSecond\n======\n');
    expect(lines(checkHeadings([file]))).toEqual([
      'content/articles/h.mdx:9 – "First" is a level-1 heading, a second h1 on the page (the title is the first) – start sections at level 2: write "## " instead of "# "',
      'content/articles/h.mdx:15 – "Second" is a level-1 heading, a second h1 on the page (the title is the first) – start sections at level 2: write "## " instead of "# "',
    ]);
  });

  it('ignores # lines inside code blocks', () => {
    expect(checkHeadings([article('c', {}, '```sh\n# a shell comment\n```\n\n## Section\n')])).toEqual([]);
  });
});
