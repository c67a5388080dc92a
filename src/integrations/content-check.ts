/**
 * Stops `astro build` with one readable list of every content problem, before
 * Astro renders anything. In `astro dev` the same list is logged as a warning
 * so the editor can keep writing while fixing it.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContentFile } from '../lib/frontmatter.ts';
import { checkReferences, entryId, formatProblems, isPublishedFile, type CollectionName, type ContentFile, type Problem } from '../lib/content-checks.ts';
import { buildCheckContext, type CheckContext } from '../lib/checks/context.ts';
import { checkCourseCtas } from '../lib/checks/course-cta.ts';
import { checkDates } from '../lib/checks/dates.ts';
import { checkFields } from '../lib/checks/fields.ts';
import { checkHeadings } from '../lib/checks/headings.ts';
import { checkImages } from '../lib/checks/images.ts';
import { checkLengths } from '../lib/checks/lengths.ts';
import { checkLinks } from '../lib/checks/links.ts';
import { checkPublishedUrls, PUBLISHED_URLS_FILE } from '../lib/checks/published-urls.ts';
import { checkDuplicateSlugs } from '../lib/checks/slugs.ts';
import { checkTags } from '../lib/checks/tags.ts';
import { checkUnfinished } from '../lib/checks/unfinished.ts';
import { parsePublishedUrls } from '../lib/redirects.ts';
import { isKnownPage } from '../lib/routes.ts';
import { site } from '../site.config.ts';

const COLLECTIONS: Record<CollectionName, string[]> = {
  articles: ['.md', '.mdx'],
  courses: ['.md', '.mdx'],
  authors: ['.yaml', '.yml'],
};

export async function loadContentFiles(rootDir: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const [collection, extensions] of Object.entries(COLLECTIONS) as [CollectionName, string[]][]) {
    const dir = join(rootDir, 'content', collection);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const ext = extname(name);
      if (!extensions.includes(ext)) continue;
      const source = await readFile(join(dir, name), 'utf8');
      const parsed = parseContentFile(source, collection === 'authors');
      files.push({ ...parsed, collection, id: entryId(name), path: relative(rootDir, join(dir, name)).split(sep).join('/') });
    }
  }
  return files;
}

/** Every file under `dir`, as paths relative to `rootDir` with forward slashes. */
export async function listFiles(rootDir: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(rootDir, dir), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(rootDir, join(e.parentPath, e.name)).split(sep).join('/'));
}

export interface CheckOptions {
  includeDrafts: boolean;
  now: Date;
  siteUrl: string;
}

export async function checkContext(rootDir: string, files: readonly ContentFile[], options: CheckOptions): Promise<CheckContext> {
  const pageFiles = (await listFiles(rootDir, 'src/pages')).map((f) => f.slice('src/pages/'.length));
  const existingFiles = [...(await listFiles(rootDir, 'content')), ...(await listFiles(rootDir, 'public'))];
  return buildCheckContext(files, { ...options, pageFiles, existingFiles, blogPageSize: site.blog.pageSize });
}

/** Problems with published-urls.txt, judged on the pages this build will make. */
async function publishedUrlProblems(rootDir: string, ctx: CheckContext): Promise<Problem[]> {
  const listed = await readFile(join(rootDir, PUBLISHED_URLS_FILE), 'utf8').catch(() => '');
  return checkPublishedUrls(parsePublishedUrls(listed), (path) => isKnownPage(ctx.pages, path), ctx.redirects);
}

/** Every check over the content folder; an empty list means the build may go on. */
export async function checkContent(rootDir: string, options: CheckOptions): Promise<Problem[]> {
  const files = await loadContentFiles(rootDir);
  const syntax = files.flatMap((f) =>
    f.syntaxErrors.map((e) => ({ path: f.path, line: e.line, message: `the frontmatter is not valid YAML: ${e.message}`, fix: 'check indentation, colons and quotes on this line' })),
  );
  const ctx = await checkContext(rootDir, files, options);
  const problems = [
    ...syntax,
    ...checkFields(files),
    ...checkDates(files),
    ...checkLengths(files),
    ...checkDuplicateSlugs(files),
    ...checkTags(files),
    ...checkReferences(files),
    ...checkCourseCtas(ctx),
    ...checkHeadings(files),
    ...checkImages(ctx),
    ...checkLinks(ctx),
    ...checkUnfinished(files),
    ...(await publishedUrlProblems(rootDir, ctx)),
  ];
  return problems.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const problems = await checkContent(fileURLToPath(config.root), {
          includeDrafts: command === 'dev',
          now: new Date(),
          siteUrl: config.site ?? site.url,
        });
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') throw new Error(report);
        logger.warn(report);
      },
    },
  };
}
