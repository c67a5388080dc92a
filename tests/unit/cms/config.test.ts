import type { Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { backendFromEnv, collectionFields, editorConfig, editorialWorkflowFromEnv, editorSchemas, repositoryPath } from '../../../src/lib/cms/config.ts';
import { fieldsOf as contentFields, nestedFields, snippetLength, tagPattern, titleLength, weekdays } from '../../../src/lib/content/fields.ts';
import type { CollectionName } from '../../../src/lib/content/files.ts';
import { OG_SIZE } from '../../../src/lib/social/sizes.ts';

type AnyField = Field & Record<string, unknown>;
const collections = Object.keys(contentFields) as CollectionName[];
const byName = (fields: readonly Field[]) => new Map(fields.map((f) => [f.name, f as AnyField]));
/** The editor's field `name` of a collection, and its subfields ("steps" → its item fields). */
const field = (collection: CollectionName, name: string) => byName(collectionFields(collection)).get(name);
const subfields = (f: AnyField | undefined) => byName(((f?.['fields'] as Field[] | undefined) ?? [f?.['field'] as Field]).filter(Boolean));

describe('the editor configuration generated from the content schemas', () => {
  it.each(collections)('%s: every schema field, nested ones included, has an editor field', (collection) => {
    const names = [...byName(collectionFields(collection)).keys()];
    for (const key of contentFields[collection]) {
      expect(names, `${collection}.${key} has no editor field`).toContain(key);
      const nested = nestedFields[key];
      const shape = (editorSchemas[collection] as z.ZodObject).shape[key];
      // A batch's fee has keys; a course's fee is a number and has none.
      if (nested && JSON.stringify(z.toJSONSchema(shape, { unrepresentable: 'any', io: 'input' })).includes('"properties"'))
        expect([...subfields(field(collection, key)).keys()].sort()).toEqual([...nested].sort());
    }
  });

  it.each(collections)('%s: a field is required exactly when the schema refuses a file without it', (collection) => {
    const shape = (editorSchemas[collection] as z.ZodObject).shape;
    for (const key of contentFields[collection]) {
      const optional = shape[key]!.safeParse(undefined).success;
      expect(field(collection, key)?.['required'], `${collection}.${key}`).toBe(!optional);
    }
  });

  it('gives titles and snippets the schema length limits, and tags their form', () => {
    for (const collection of ['articles', 'courses', 'paths'] as const)
      expect(field(collection, 'title')).toMatchObject({ minlength: titleLength.min, maxlength: titleLength.max });
    expect(field('articles', 'description')).toMatchObject({ widget: 'text', minlength: snippetLength.min, maxlength: snippetLength.max });
    expect(field('courses', 'summary')).toMatchObject({ maxlength: snippetLength.max });
    const tags = field('articles', 'tags')!;
    expect(tags).toMatchObject({ widget: 'list', min: 1, max: 6 });
    const [pattern, help] = (tags['field'] as AnyField)['pattern'] as [string, string];
    expect(pattern).toBe(tagPattern.source);
    expect(new RegExp(pattern).test('rest-api')).toBe(true);
    expect(new RegExp(pattern).test('REST API')).toBe(false);
    // The same fix the content checks print for a tag in the wrong form.
    expect(help).toContain('lowercase words joined by hyphens');
  });

  it('gives a batch the office form: time inputs, weekdays as choices, the cross-field rules as help', () => {
    expect(field('batches', 'startTime')).toMatchObject({ widget: 'datetime', type: 'time', format: 'HH:mm', required: false });
    expect(field('batches', 'days')).toMatchObject({ widget: 'select', multiple: true, options: [...weekdays] });
    expect(field('batches', 'start')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: true });
    expect(field('batches', 'status')).toMatchObject({ widget: 'select', options: ['open', 'full', 'cancelled'], default: 'open' });
    expect(field('batches', 'seats')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(field('batches', 'endTime')?.['hint']).toContain('endTime is not after startTime');
    const batches = editorConfig({
      repository: { url: 'https://github.com/o/r', branch: 'main' },
      siteUrl: 'https://x.example/',
      logo: '/favicon.svg',
    }).collections!.find((c) => 'name' in c && c.name === 'batches') as AnyField;
    // The file name comes from the course and the start date: the office never invents one.
    expect(batches['slug']).toBe('{{fields.course}}-{{fields.start}}');
  });

  it('makes references relation fields to the right collection', () => {
    expect(field('articles', 'author')).toMatchObject({ widget: 'relation', collection: 'authors', value_field: '{{slug}}' });
    expect(field('articles', 'relatedCourses')).toMatchObject({ widget: 'relation', collection: 'courses', multiple: true });
    expect(field('batches', 'course')).toMatchObject({ widget: 'relation', collection: 'courses' });
    expect(subfields(field('paths', 'steps')).get('articles')).toMatchObject({ widget: 'relation', collection: 'articles', multiple: true, min: 1 });
    expect(field('paths', 'overview')).toMatchObject({ widget: 'relation', collection: 'articles', required: false });
    expect(field('articles', 'cover')).toMatchObject({ widget: 'image', required: false });
    // The build's other rule on a cover (src/lib/social), and the schema's: both in its help.
    expect(field('articles', 'cover')?.['hint']).toContain(`${OG_SIZE.width}×${OG_SIZE.height}`);
    expect(field('articles', 'cover')?.['hint']).toContain('needs coverAlt');
  });

  it('edits article and course bodies as raw text only, and leaves empty optional fields out of files', () => {
    for (const collection of ['articles', 'courses'] as const) expect(field(collection, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    const config = editorConfig({ repository: { url: 'https://github.com/o/r', branch: 'main' }, siteUrl: 'https://x.example/', logo: '/favicon.svg' });
    expect(config.output?.omit_empty_optional_fields).toBe(true);
    expect(config.load_config_file).toBe(false);
    expect(config.backend).toMatchObject({ name: 'github', repo: 'o/r', branch: 'main' });
  });

  it('signs in as the deploy says: GitHub by default, an OAuth worker, GitLab with PKCE, pull requests per entry', () => {
    const options = { repository: { url: 'https://github.com/o/r', branch: 'main' }, siteUrl: 'https://x.example/', logo: '/favicon.svg' };
    expect(editorConfig({ ...options, backend: backendFromEnv({}) })).toMatchObject({ backend: { name: 'github' }, publish_mode: 'simple' });
    expect(editorConfig({ ...options, backend: backendFromEnv({ CMS_AUTH_URL: 'https://auth.example.workers.dev' }) }).backend).toMatchObject({
      base_url: 'https://auth.example.workers.dev',
    });
    expect(editorConfig({ ...options, backend: backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_GITLAB_APP_ID: 'abc' }) }).backend).toMatchObject({
      name: 'gitlab',
      auth_type: 'pkce',
      app_id: 'abc',
    });
    expect(editorConfig({ ...options, editorialWorkflow: editorialWorkflowFromEnv({ CMS_EDITORIAL_WORKFLOW: 'true' }) }).publish_mode).toBe(
      'editorial_workflow',
    );
  });

  it('reads the repository path from its URL', () => {
    expect(repositoryPath('https://github.com/vtechlabs-sample/site')).toBe('vtechlabs-sample/site');
    expect(repositoryPath('https://gitlab.com/group/sub/project.git')).toBe('group/sub/project');
  });
});
