import type { Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import {
  backendFromEnv,
  collectionFields,
  editorConfig,
  editorialWorkflowFromEnv,
  editorSchemas,
  repositoryPath,
  translationFields,
} from '../../../src/lib/cms/config.ts';
import { fieldsOf as contentFields, nestedFields, snippetLength, tagPattern, titleLength, weekdays } from '../../../src/lib/content/fields.ts';
import { translatableCollections, translationPathOf, type CollectionName } from '../../../src/lib/content/files.ts';
import { translationSchemasForChecks } from '../../../src/lib/content/schemas.ts';
import { translationLanguageCodes } from '../../../src/lib/i18n/languages.ts';
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

/** A key a translation may set: anything but a fact of the original, which the schema refuses with z.never (only "absent" passes). */
const acceptsAValue = (schema: z.ZodType) => !(schema instanceof z.ZodOptional && schema.unwrap() instanceof z.ZodNever);
const options = { repository: { url: 'https://github.com/o/r', branch: 'main' }, siteUrl: 'https://x.example/', logo: '/favicon.svg' };

describe('the editor configuration of translations', () => {
  it.each(translatableCollections)('%s: every text field of the translation schema has an editor field, and no fact of the original has one', (collection) => {
    const shape = (translationSchemasForChecks[collection] as z.ZodObject).shape;
    const fields = byName(translationFields(collection));
    for (const [key, schema] of Object.entries(shape)) {
      expect(fields.has(key), `${collection} translation: ${key}`).toBe(acceptsAValue(schema as z.ZodType));
      const items = schema instanceof z.ZodArray && schema.element instanceof z.ZodObject ? schema.element.shape : undefined;
      for (const [subkey, subschema] of Object.entries(items ?? {}))
        expect(subfields(fields.get(key)).has(subkey), `${collection} translation: ${key}.${subkey}`).toBe(acceptsAValue(subschema as z.ZodType));
    }
    expect(fields.get('body') !== undefined).toBe(collection !== 'paths');
  });

  it('gives each language a collection per translatable collection, whose folder holds that language’s translations', () => {
    const translations = editorConfig(options).collections!.filter((c) => 'folder' in c && c.folder.split('/').length > 2) as AnyField[];
    expect(translations).toHaveLength(translationLanguageCodes.length * translatableCollections.length);
    for (const code of translationLanguageCodes)
      for (const collection of translatableCollections) {
        const entry = translations.find((c) => c['name'] === `${collection}-${code}`)!;
        expect(entry['label']).toContain(`(${code})`);
        expect(entry['fields']).toEqual(translationFields(collection));
        // The pairing rule's own reading of a path (src/lib/content/files.ts) places every file of this folder in this language and collection.
        const names = readdirSync(String(entry['folder']));
        expect(names.length, `${String(entry['folder'])} holds the seed translation`).toBeGreaterThan(0);
        for (const name of names) expect(translationPathOf(`${String(entry['folder'])}/${name}`)).toMatchObject({ language: code, collection });
      }
  });

  it('names a new translation after an original: the file name is typed once and must be one of the originals', () => {
    const config = editorConfig({ ...options, originals: { articles: ['how-to-become-a-backend-developer', 'first-backend-projects'] } });
    const slugOf = (name: string) => (config.collections!.find((c) => 'name' in c && c.name === name) as AnyField)['slug'] as AnyField;
    expect(slugOf('articles-gu')).toMatchObject({ editable: ['create'] });
    const [pattern] = slugOf('articles-gu')['pattern'] as [string, string];
    expect(new RegExp(pattern).test('first-backend-projects')).toBe(true);
    expect(new RegExp(pattern).test('first-backend')).toBe(false);
    expect(new RegExp(pattern).test('unknown-article')).toBe(false);
    // Without the list (a collection with no originals given), any id-shaped name.
    const [anyId] = slugOf('courses-hi')['pattern'] as [string, string];
    expect(new RegExp(anyId).test('backend-development')).toBe(true);
    expect(new RegExp(anyId).test('Backend Development')).toBe(false);
  });
});
