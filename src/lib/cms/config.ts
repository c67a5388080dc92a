/**
 * The browser editor at /admin/ (Sveltia CMS): its configuration, generated
 * from the content schemas (src/lib/content/schemas.ts) so a field added there
 * appears in the editor with the same limits and help, and the Git host it
 * commits to. fields.ts turns a schema into fields; page.ts writes the page.
 */
import { z } from 'astro/zod';
import type { CmsConfig, EntryCollection, Field, GitBackend } from '@sveltia/cms';
import { editorComponentNames } from '../content/mdx-components.ts';
import { translatableCollections, type CollectionName, type PageEntryCollection } from '../content/files.ts';
import { articleSchema, authorSchema, batchSchema, courseSchema, pathSchema, translationSchemasForChecks } from '../content/schemas.ts';
import { languageOf, translationLanguageCodes, type TranslationLanguageCode } from '../i18n/languages.ts';
import { OG_SIZE } from '../social/sizes.ts';
import { fieldsOf, jsonSchemaOf, type FieldMarkers } from './fields.ts';

/** Distinct schemas standing for image() and reference(): fields.ts recognises them while converting. */
const image = z.string();
const author = z.string();
const course = z.string();
const article = z.string();
const markers: FieldMarkers = {
  image,
  references: new Map<z.core.$ZodType, string>([
    [author, 'authors'],
    [course, 'courses'],
    [article, 'articles'],
  ]),
};
const helpers = { image: () => image, author, course, article };

/** Each collection's schema as the editor reads it (the same factories Astro and the checks call). */
export const editorSchemas: Record<CollectionName, z.ZodType> = {
  articles: articleSchema(helpers),
  courses: courseSchema,
  authors: authorSchema(helpers),
  batches: batchSchema(helpers),
  paths: pathSchema(helpers),
};

/** The body of an article or a course: MDX as written, never converted (a rich-text round trip would rewrite imports, components and expressions). */
const bodyField: Field = {
  name: 'body',
  label: 'Text (MDX)',
  widget: 'markdown',
  modes: ['raw'],
  hint: `Markdown, written as text and saved exactly as written. Components, no import needed, each on its own lines with a blank line around it: ${editorComponentNames.map((n) => `\`<${n} …>\``).join(', ')}. [Examples](https://github.com/vtechlabs-sample/site/blob/main/docs/editing.md#components-callouts-course-cards-figures).`,
};

interface CollectionLayout {
  label: string;
  folder: string;
  extension: 'mdx' | 'yaml';
  identifier: string;
  /** File name of a new entry; default: from the title. */
  slug?: string;
  summary?: string;
  description?: string;
}

const layouts: Record<CollectionName, CollectionLayout> = {
  articles: {
    label: 'Articles',
    folder: 'content/articles',
    extension: 'mdx',
    identifier: 'title',
    description: 'Blog articles. The file name, made from the title, is the address under /blog/.',
  },
  courses: { label: 'Courses', folder: 'content/courses', extension: 'mdx', identifier: 'title' },
  batches: {
    label: 'Batches',
    folder: 'content/batches',
    extension: 'yaml',
    identifier: 'course',
    slug: '{{fields.course}}-{{fields.start}}',
    summary: '{{course}} from {{start}} ({{status}})',
    description:
      'Runs of a course with their dates. Add one only when the office has confirmed the dates and fee. The file name is made from the course and the start date.',
  },
  paths: { label: 'Learning paths', folder: 'content/paths', extension: 'yaml', identifier: 'title' },
  authors: { label: 'Authors', folder: 'content/authors', extension: 'yaml', identifier: 'name' },
};

/** Rules the build checks outside the schema, as help on the field they are about. */
const buildRules: Partial<Record<CollectionName, Record<string, string>>> = {
  // src/lib/social/index.ts refuses a smaller cover: it is the picture shown where the article is shared.
  articles: { cover: `At least ${OG_SIZE.width}×${OG_SIZE.height} pixels: it is the picture shown where the article is shared.` },
};

/** The editor's fields of one collection, in the schema's order (the body last, for articles and courses). */
export function collectionFields(name: CollectionName): Field[] {
  const fields = fieldsOf(jsonSchemaOf(editorSchemas[name], markers)).map((field) => {
    const rule = buildRules[name]?.[field.name];
    return rule ? ({ ...field, hint: [rule, 'hint' in field ? field.hint : undefined].filter(Boolean).join(' ') } as Field) : field;
  });
  return layouts[name].extension === 'mdx' ? [...fields, bodyField] : fields;
}

function collection(name: CollectionName): EntryCollection {
  const layout = layouts[name];
  const fields = collectionFields(name);
  const hasImage = JSON.stringify(fields).includes('"widget":"image"');
  return {
    name,
    label: layout.label,
    folder: layout.folder,
    extension: layout.extension,
    format: layout.extension === 'mdx' ? 'yaml-frontmatter' : 'yaml',
    identifier_field: layout.identifier,
    ...(layout.slug ? { slug: layout.slug } : {}),
    ...(layout.summary ? { summary: layout.summary } : {}),
    ...(layout.description ? { description: layout.description } : {}),
    // Images go next to the entry, in images/, written "./images/x.png": where Astro's image() resolves them.
    ...(hasImage ? { media_folder: 'images', public_folder: './images' } : {}),
    fields,
  };
}

/** The editor's fields of a translation: the text fields of the translation schema (the original's facts have none), the body last. */
export function translationFields(name: PageEntryCollection): Field[] {
  const fields = fieldsOf(jsonSchemaOf(translationSchemasForChecks[name], markers));
  return layouts[name].extension === 'mdx' ? [...fields, bodyField] : fields;
}

/** An entry id as Astro makes it from a file name: lowercase letters and digits joined by hyphens. */
const idPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/**
 * One language's translations of one collection. A translation's file name is
 * its original's id (the pairing rule, src/lib/i18n/languages.ts), typed once
 * when the translation is created and checked against the originals' ids;
 * Sveltia cannot fill a file name from a field it does not save, and the
 * translation schema refuses any field beyond its own.
 */
function translationCollection(name: PageEntryCollection, code: TranslationLanguageCode, originals: readonly string[] | undefined): EntryCollection {
  const layout = layouts[name];
  const language = languageOf(code);
  // Ids are slugs (entryId): letters, digits and hyphens, nothing a pattern reads specially.
  const known = originals?.length ? `^(?:${originals.join('|')})$` : idPattern;
  return {
    name: `${name}-${code}`,
    label: `${layout.label} — ${language.nativeName} (${code})`,
    folder: `${layout.folder}/${code}`,
    extension: layout.extension,
    format: layout.extension === 'mdx' ? 'yaml-frontmatter' : 'yaml',
    identifier_field: 'title',
    slug: {
      editable: ['create'],
      hint: `The file name of the English original this translates, as in ${layout.label}${originals?.length ? `: ${originals.join(', ')}` : ''}.`,
      pattern: [known, `Not the file name of an English original in ${layout.folder}: type it as the English file is named, without .${layout.extension}.`],
    },
    description: `${language.englishName} translations of ${layout.label.toLowerCase()}. Only the words: the facts (author, tags, fees, dates of batches, a step's articles) come from the English original. docs/editing.md, "Languages".`,
    fields: translationFields(name),
  };
}

export interface EditorOptions {
  /** "owner/name" of the repository, and its branch. */
  repository: { url: string; branch: string };
  /** Git host sign-in: see docs/editing.md, "Sign-in". */
  backend?: { name: 'github' | 'gitlab'; authUrl?: string; appId?: string } | undefined;
  /** The site's own origin + base path, for links from the editor. */
  siteUrl: string;
  /** The site's favicon, shown as the editor's logo (the default logo would come from a CDN). */
  logo: string;
  /** Each saved entry as a pull request to review and merge (GitHub and GitLab), instead of a commit to the branch. */
  editorialWorkflow?: boolean | undefined;
  /** The English originals' ids by collection, read at build time: a translation's file name must be one of them. */
  originals?: Partial<Record<PageEntryCollection, readonly string[]>> | undefined;
}

/** "https://github.com/owner/name" → "owner/name". */
export function repositoryPath(url: string): string {
  return new URL(url).pathname.replace(/^\/|\.git$|\/$/g, '');
}

function backendOf(options: EditorOptions): GitBackend {
  const { name = 'github', authUrl, appId } = options.backend ?? {};
  const repo = repositoryPath(options.repository.url);
  const branch = options.repository.branch;
  if (name === 'gitlab') return { name, repo, branch, ...(appId ? { auth_type: 'pkce' as const, app_id: appId } : {}) };
  return { name, repo, branch, ...(authUrl ? { base_url: authUrl } : {}) };
}

/** The whole editor configuration, given to CMS.init() (no config.yml is read). */
export function editorConfig(options: EditorOptions): CmsConfig {
  return {
    load_config_file: false,
    backend: backendOf(options),
    app_title: 'VTechLabs editor',
    publish_mode: options.editorialWorkflow ? 'editorial_workflow' : 'simple',
    site_url: options.siteUrl,
    logo: { src: options.logo },
    // Entry-level media folders are set per collection; this one is for images uploaded outside an entry.
    media_folder: 'public/images',
    public_folder: '/images',
    // Stock photo services are other hosts (the CSP blocks them) and their pictures are no facts of ours.
    media_libraries: { stock_assets: { providers: [] } },
    // An optional field left empty is left out of the file: `coverAlt: ""` would stop the build.
    output: { omit_empty_optional_fields: true },
    collections: [
      ...(['articles', 'courses', 'batches', 'paths', 'authors'] as const).map(collection),
      ...translationLanguageCodes.flatMap((code) => translatableCollections.map((name) => translationCollection(name, code, options.originals?.[name]))),
    ],
  };
}

/**
 * Sign-in as the deploy sets it (docs/editing.md, "Sign-in"): CMS_BACKEND
 * (`github`, the default, or `gitlab`), CMS_AUTH_URL (the GitHub OAuth
 * worker's address), CMS_GITLAB_APP_ID (a GitLab application's public id, for
 * PKCE), CMS_EDITORIAL_WORKFLOW=true (a pull request per entry). None is a
 * secret; the secrets stay in the worker or the Git host.
 */
export const editorialWorkflowFromEnv = (env: Readonly<Record<string, string | undefined>>) => env['CMS_EDITORIAL_WORKFLOW'] === 'true';

export function backendFromEnv(env: Readonly<Record<string, string | undefined>>): EditorOptions['backend'] {
  const name = env['CMS_BACKEND'] === 'gitlab' ? 'gitlab' : 'github';
  return { name, ...(env['CMS_AUTH_URL'] ? { authUrl: env['CMS_AUTH_URL'] } : {}), ...(env['CMS_GITLAB_APP_ID'] ? { appId: env['CMS_GITLAB_APP_ID'] } : {}) };
}
