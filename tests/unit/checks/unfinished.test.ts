import { describe, expect, it } from 'vitest';
import { checkUnfinished } from '../../../src/lib/checks/unfinished.ts';
import { article, lines } from '../../support/content-files.ts';

describe('checkUnfinished', () => {
  it('flags TODO in an article that is not a draft', () => {
    expect(lines(checkUnfinished([article('t', {}, 'Intro.\n\nTODO: finish this.\n')]))).toEqual([
      'content/articles/t.mdx:11 – unfinished text ("TODO") in an entry that is not a draft – finish the text, or keep "draft: true" until it is ready',
    ]);
  });

  it('allows TODO in drafts and in code', () => {
    expect(checkUnfinished([article('d', { draft: 'true' }, 'TODO\n'), article('c', {}, '`// TODO`\n')])).toEqual([]);
  });
});
