/**
 * The content checks: one check per file here (readable files, schemas,
 * dates, fields, links, images, tags…), problems.ts for the problem type and
 * how a report is printed, context.ts for what the checks know about the
 * site. This file runs every check over one build's files and sorts what
 * they find: files that are wrong in themselves first, then problems that
 * only follow from those; an empty report means the build may go on.
 */
import { checkReferences } from './references.ts';
import { checkBatches } from './batches.ts';
import { checkCharacters } from './characters.ts';
import { checkLists } from './lists.ts';
import type { Consequence, Problem, Report } from './problems.ts';
import { checkDates } from './dates.ts';
import { checkComponents } from './components.ts';
import { checkCourseNames } from './course-names.ts';
import { buildCheckContext, type CheckContext, type ContextInputs } from './context.ts';
import { checkFields } from './fields.ts';
import { checkFolders } from './folders.ts';
import { checkHeadings } from './headings.ts';
import { checkImages } from './images.ts';
import { checkLengths } from './lengths.ts';
import { checkLinks } from './links.ts';
import { checkPaths } from './paths.ts';
import { checkPublishedUrls } from './published-urls.ts';
import { checkReadable } from './readable.ts';
import { checkSchemas, invalidFiles } from './schema.ts';
import { checkDuplicateSlugs } from './slugs.ts';
import { checkTags } from './tags.ts';
import { checkTranslations } from './translations.ts';
import { checkUnfinished } from './unfinished.ts';
import type { ContentFile } from '../content/files.ts';
import { entryPath, isKnownPage, pageOfPath } from '../urls/paths.ts';

const at = (p: Problem) => `${p.path}:${p.line}`;

/**
 * The schema's problems, less those a dedicated check already reports on the
 * same line in better words (lengths, dates, tag spellings).
 */
function withSchemaProblems(files: readonly ContentFile[], dedicated: readonly Problem[]): Problem[] {
  const said = new Set(dedicated.map(at));
  return [...checkReadable(files), ...checkSchemas(files, said), ...dedicated];
}

/** Problems files have on their own, whatever the other files say (for `astro dev`'s file watcher). */
export function ownProblems(files: readonly ContentFile[]): Problem[] {
  return withSchemaProblems(files, [...checkFields(files), ...checkDates(files), ...checkLengths(files), ...checkLists(files), ...checkCharacters(files)]);
}

export function runChecks(ctx: CheckContext): Problem[] {
  const { files } = ctx;
  return withSchemaProblems(files, [
    ...checkFields(files),
    ...checkDates(files),
    ...checkLengths(files),
    ...checkLists(files),
    ...checkCharacters(files),
    ...checkDuplicateSlugs(files),
    ...checkTags(files),
    ...checkReferences(files),
    ...checkBatches(files),
    ...checkPaths(files),
    ...checkComponents(ctx),
    ...checkHeadings(files),
    ...checkImages(ctx),
    ...checkLinks(ctx),
    ...checkCourseNames(files),
    ...checkUnfinished(files),
    ...checkFolders(ctx.existingFiles),
    ...checkTranslations(files, ctx.existingFiles),
  ]);
}

/** Problems in the order an editor fixes them: broken files first, then by file and line. */
export function sortProblems<T extends Problem>(problems: readonly T[], first: ReadonlySet<string> = new Set()): T[] {
  return [...problems].sort((a, b) => Number(first.has(b.path)) - Number(first.has(a.path)) || a.path.localeCompare(b.path) || a.line - b.line);
}

export interface SiteInputs extends ContextInputs {
  /** The URLs in published-urls.txt with their lines (none to skip that check). */
  listedUrls: readonly { path: string; line: number }[];
}

function problemsIn(ctx: CheckContext, listedUrls: SiteInputs['listedUrls']): Problem[] {
  return [...runChecks(ctx), ...checkPublishedUrls(listedUrls, (path) => isKnownPage(ctx.pages, path), ctx.redirects)];
}

/** The broken files a consequence names: the one whose page it mentions, else all of them. */
function causesOf(problem: Problem, broken: readonly ContentFile[]): string[] {
  // A batch has no page of its own to be linked to.
  const named = broken.filter((f) => f.collection !== 'batches' && problem.message.includes(entryPath(f.collection, f.id)));
  return (named.length ? named : broken).map((f) => f.path);
}

/**
 * Every check over one build's files, and the published URLs. When files are
 * broken, the checks run a second time as if they were fixed: a problem that
 * is gone then (a link to an article that cannot be read, its URL in
 * published-urls.txt) only follows from them, and is listed after them.
 */
export function checkSite(files: readonly ContentFile[], inputs: SiteInputs): Report {
  const found = problemsIn(buildCheckContext(files, inputs), inputs.listedUrls);
  const broken = invalidFiles(files);
  const brokenPaths = new Set(broken.map((f) => f.path));
  if (!broken.length) return { problems: sortProblems(found), consequences: [], broken: [] };
  const key = (p: Problem) => `${at(p)} ${p.message}`;
  const tagPages = inputs.listedUrls.map((u) => u.path).filter((path) => pageOfPath(path).kind === 'tag');
  const fixed = buildCheckContext(files, inputs, { files: new Set(broken), tagPages });
  const remaining = new Set(problemsIn(fixed, inputs.listedUrls).map(key));
  const consequences: Consequence[] = found.filter((p) => !remaining.has(key(p))).map((p) => ({ ...p, causes: causesOf(p, broken) }));
  return {
    problems: sortProblems(
      found.filter((p) => remaining.has(key(p))),
      brokenPaths,
    ),
    consequences: sortProblems(consequences),
    broken: [...brokenPaths].sort(),
  };
}
