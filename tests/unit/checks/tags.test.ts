import { describe, expect, it } from 'vitest';
import { checkTags, tagKey } from '../../../src/lib/checks/tags.ts';
import { article, lines } from '../../support/content-files.ts';

describe('tagKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(['Node.js', 'nodejs', 'node-js', 'NODE JS'].map(tagKey)).toEqual(['nodejs', 'nodejs', 'nodejs', 'nodejs']);
  });
});

describe('checkTags', () => {
  it('points a variant spelling at the one most files use', () => {
    const files = [article('a', { tags: '[nodejs]' }), article('b', { tags: '[nodejs]' }), article('c', { tags: '[backend, node-js]' })];
    expect(lines(checkTags(files))).toEqual([
      'content/articles/c.mdx:6 – tag "node-js" is another spelling of "nodejs" (used in content/articles/a.mdx) – write "nodejs" so all its articles share one tag page',
    ]);
  });

  it('asks for tag form when a tag is written like a name', () => {
    const files = [article('a', { tags: '[nodejs]' }), article('b', { tags: '["Node.js"]' })];
    expect(lines(checkTags(files))).toEqual([
      'content/articles/b.mdx:6 – tag "Node.js" is not in tag form (lowercase words joined by hyphens) – write "nodejs" so all its articles share one tag page',
    ]);
  });

  it('suggests the tag form of a new tag written like a name', () => {
    const [problem] = checkTags([article('a', { tags: '["REST API"]' })]);
    expect(problem?.fix).toBe('write "rest-api" so all its articles share one tag page');
  });

  it('points at the line of the list item when tags are one per line', () => {
    const file = article('a', { tags: '\n  - backend\n  - "Back End"' });
    expect(checkTags([file, article('b')])[0]?.line).toBe(8);
  });

  it('accepts consistent tags', () => {
    expect(checkTags([article('a', { tags: '[nodejs, backend]' }), article('b', { tags: '[nodejs]' })])).toEqual([]);
  });
});
