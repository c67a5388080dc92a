import { describe, expect, it } from 'vitest';
import { editUrl } from '../../../src/lib/urls/edit-link.ts';

describe('editUrl', () => {
  it('links to the file on the branch of the repository', () => {
    const repository = { url: 'https://github.com/org/site/', branch: 'main' };
    expect(editUrl('content/articles/what-is-a-rest-api.mdx', repository)).toBe(
      'https://github.com/org/site/edit/main/content/articles/what-is-a-rest-api.mdx',
    );
    expect(editUrl('./content/articles/a b.mdx', repository)).toBe('https://github.com/org/site/edit/main/content/articles/a%20b.mdx');
  });
});
