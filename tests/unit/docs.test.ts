import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFields, authorFields, courseFields, nestedFields, pathFields } from '../../src/lib/content/fields.ts';
import { calloutKinds, editorComponentNames } from '../../src/lib/content/mdx-components.ts';
import { root } from '../support/site.ts';

let guide: string;
beforeAll(async () => {
  guide = await readFile(join(root, 'docs/editing.md'), 'utf8');
});

/** The rows of the guide's field table under a heading. */
function tableFields(heading: string): string[] {
  const section = guide.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1] ?? '');
}

describe('docs/editing.md', () => {
  it.each([
    ['Article fields', articleFields],
    ['Course fields', courseFields],
    ['Author fields', authorFields],
    ['Learning paths', pathFields],
  ])('documents exactly the schema fields under "%s"', (heading, fields) => {
    expect(tableFields(heading)).toEqual([...fields]);
  });

  it('names the fields nested in lists and objects', () => {
    for (const field of Object.values(nestedFields).flat()) expect(guide, field).toContain(`\`${field}\``);
  });

  it('shows every MDX component and callout type with an example', () => {
    for (const name of editorComponentNames) expect(guide, name).toContain(`<${name}`);
    for (const kind of Object.keys(calloutKinds)) expect(guide, kind).toContain(`\`${kind}\``);
  });
});
