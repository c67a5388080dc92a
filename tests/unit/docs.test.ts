import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  articleFields,
  authorFields,
  batchFields,
  batchStatuses,
  courseFields,
  nestedFields,
  pathFields,
  teachingModes,
  weekdays,
} from '../../src/lib/content/fields.ts';
import { ENQUIRY_FIELDS } from '../../src/lib/enquiry/index.ts';
import { parse } from 'yaml';
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
    ['Batch fields', batchFields],
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

describe('docs/editing.md on batches and the enquiry form', () => {
  it('shows a batch example with every batch field', () => {
    const section = guide.split('## Batches\n')[1]?.split('\n## ')[0] ?? '';
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(Object.keys(parse(example) as object)).toEqual([...batchFields]);
  });

  it('names every weekday, mode and status a batch takes', () => {
    const table = guide.split('## Batch fields\n')[1]?.split('\n## ')[0] ?? '';
    for (const value of [...weekdays, ...teachingModes, ...batchStatuses]) expect(table, value).toContain(`\`${value}\``);
  });

  it('names ENQUIRY_ACTION and every field an enquiry carries', () => {
    const section = guide.split('## Enquiry form\n')[1]?.split('\n## ')[0] ?? '';
    expect(section).toContain('ENQUIRY_ACTION');
    for (const [key, name] of Object.entries(ENQUIRY_FIELDS)) if (key !== 'formName') expect(section, name).toContain(`\`${name}\``);
  });
});
