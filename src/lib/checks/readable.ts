/**
 * A file that cannot be read as it is (not UTF-8, empty, no or unclosed
 * frontmatter, broken YAML, an alias bomb) is reported as itself, at its
 * line, before anything that only follows from it.
 */
import type { ContentFile } from '../content/files.ts';
import type { ReadFault } from '../content/frontmatter.ts';
import type { Problem } from './problems.ts';

const FRONTMATTER_HELP = 'see docs/editing.md for the fields, or run "npm run new" for a file with every field';

/** What to say about a YAML syntax error, by the yaml parser's error code. */
function yamlProblem(fault: ReadFault): Omit<Problem, 'path' | 'line'> {
  const detail = fault.detail ?? 'it cannot be read';
  switch (fault.code) {
    case 'DUPLICATE_KEY':
      return { message: 'a field is written twice in the frontmatter', fix: 'keep one of the two lines' };
    case 'TAB_AS_INDENT':
      return { message: 'this line is indented with a tab', fix: 'indent with spaces, two per level' };
    case 'BAD_SCALAR_START':
      return { message: `the value cannot be read as written (${detail})`, fix: 'put the whole value in double quotes' };
    case 'MISSING_CHAR':
      if (/quote/i.test(detail)) return { message: 'a quote opened on this line or above is never closed', fix: 'close the quote, or remove it' };
      if (/map values/i.test(detail)) {
        return {
          message: 'this line is not a "field: value" line',
          fix: 'if it is page text, the frontmatter above needs its closing --- line; otherwise write it as field: value',
        };
      }
      break;
    case 'BAD_INDENT': {
      const close = /end with an? ([\]}])/.exec(detail)?.[1];
      if (close) return { message: `a list or group opened with ${close === ']' ? '[' : '{'} is never closed`, fix: `close it with ${close} on the same line` };
      break;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { message: 'a value on this line contains ": " or runs over several lines', fix: 'put the whole value in double quotes' };
  }
  if (/unresolved alias/i.test(detail)) {
    return { message: 'this line uses an alias (*name) that is never defined', fix: 'write the value out instead, or define it first with &name' };
  }
  return {
    message: `the frontmatter is not valid YAML: ${detail}`,
    fix: 'check the indentation, colons, quotes and brackets on this line and the line above',
  };
}

function faultProblem(fault: ReadFault): Omit<Problem, 'path' | 'line'> {
  switch (fault.kind) {
    case 'not-utf8':
      return {
        message: 'this line has characters that are not UTF-8 text (the file was saved in another encoding), which would show as "�"',
        fix: 'save the file as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding", "UTF-8") and check the characters on this line',
      };
    case 'empty':
      return { message: 'the file is empty', fix: `write its fields and text (${FRONTMATTER_HELP}), or delete the file` };
    case 'no-frontmatter':
      return { message: 'the file does not start with frontmatter (the fields between two --- lines)', fix: `add them at the very top; ${FRONTMATTER_HELP}` };
    case 'unclosed':
      return { message: 'the frontmatter opened by this --- line is never closed', fix: 'add a line with only --- after the last field' };
    case 'empty-frontmatter':
      return { message: 'the frontmatter (between the --- lines) is empty', fix: `fill in the fields; ${FRONTMATTER_HELP}` };
    case 'yaml':
      return yamlProblem(fault);
    case 'aliases':
      return {
        message: 'the YAML aliases (&name and *name) expand to far more text than a page can hold',
        fix: 'write the values out instead of using aliases',
      };
    case 'not-a-mapping':
      return { message: 'the frontmatter is not a set of "field: value" lines', fix: `write one field per line, e.g. title: "How to …"; ${FRONTMATTER_HELP}` };
  }
}

/**
 * One problem per fault; of several YAML errors only the first is reported,
 * since the parser's later errors usually follow from it.
 */
export function checkReadable(files: readonly ContentFile[]): Problem[] {
  return files.flatMap((file) => {
    const faults = file.faults.filter((f, i) => f.kind !== 'yaml' || file.faults.findIndex((g) => g.kind === 'yaml') === i);
    return faults.map((fault) => ({ path: file.path, line: fault.line, ...faultProblem(fault) }));
  });
}
