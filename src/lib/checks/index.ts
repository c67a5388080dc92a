/**
 * The content checks: one check per file here (dates, fields, links, images,
 * tags…), problems.ts for the problem type and its "file:line – what – fix"
 * format, context.ts for what the checks know about the site. This file runs
 * every check over one build's files; an empty list means the build may go on.
 */
import { checkReferences } from './references.ts';
import { checkBatches } from './batches.ts';
import type { Problem } from './problems.ts';
import { checkDates } from './dates.ts';
import { checkComponents } from './components.ts';
import type { CheckContext } from './context.ts';
import { checkFields } from './fields.ts';
import { checkHeadings } from './headings.ts';
import { checkImages } from './images.ts';
import { checkLengths } from './lengths.ts';
import { checkLinks } from './links.ts';
import { checkPaths } from './paths.ts';
import { checkDuplicateSlugs } from './slugs.ts';
import { checkTags } from './tags.ts';
import { checkUnfinished } from './unfinished.ts';

export function runChecks(ctx: CheckContext): Problem[] {
  const { files } = ctx;
  const syntax = files.flatMap((f) =>
    f.syntaxErrors.map((e) => ({
      path: f.path,
      line: e.line,
      message: `the frontmatter is not valid YAML: ${e.message}`,
      fix: 'check indentation, colons and quotes on this line',
    })),
  );
  return [
    ...syntax,
    ...checkFields(files),
    ...checkDates(files),
    ...checkLengths(files),
    ...checkDuplicateSlugs(files),
    ...checkTags(files),
    ...checkReferences(files),
    ...checkBatches(files),
    ...checkPaths(files),
    ...checkComponents(ctx),
    ...checkHeadings(files),
    ...checkImages(ctx),
    ...checkLinks(ctx),
    ...checkUnfinished(files),
  ];
}

/** Problems in the order an editor fixes them: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}
