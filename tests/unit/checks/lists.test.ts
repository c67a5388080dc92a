import { describe, expect, it } from 'vitest';
import { checkLists } from '../../../src/lib/checks/lists.ts';
import { article, course, lines } from '../../support/content-files.ts';

describe('checkLists', () => {
  it('names an item listed twice, at the line of the second', () => {
    expect(lines(checkLists([article('t', { tags: '[backend, apis, backend]' })]))).toEqual([
      'content/articles/t.mdx:6 – tags lists "backend" twice (items 1 and 3) – remove one of them',
    ]);
    expect(lines(checkLists([course('c', { faq: '\n  - { question: "Q?", answer: "A." }\n  - { question: "Q?", answer: "A." }' })]))).toEqual([
      'content/courses/c.mdx:13 – faq lists the same item twice (items 1 and 2) – remove one of them',
    ]);
  });

  it('accepts lists whose items differ', () => {
    expect(checkLists([article('ok', { tags: '[backend, apis]' }), course('c')])).toEqual([]);
  });
});
