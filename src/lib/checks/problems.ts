/**
 * A content problem (what the checks in this folder return) and how a report
 * is printed: one "file:line – what is wrong – how to fix it" per line, the
 * files that are wrong in themselves first, then what only follows from them.
 */

export interface Problem {
  path: string;
  line: number;
  message: string;
  fix: string;
}

/** A problem that only follows from broken files (a link to the page one of them would make): it goes away with them. */
export interface Consequence extends Problem {
  /** The broken files it follows from. */
  causes: readonly string[];
}

export interface Report {
  problems: readonly Problem[];
  consequences: readonly Consequence[];
  /** Files that cannot be read, or that do not match their schema: Astro would refuse them. */
  broken: readonly string[];
}

/** Longest quoted value shown, and longest message or fix: one absurd value must not bury the report. */
const MAX_QUOTED = 60;
const MAX_PART = 300;

/** Text from a problem, printable: control characters made visible, long quoted values and long texts cut short. */
function printable(text: string): string {
  const visible = text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Quoted values are matched in pairs from the left, so the text between two of them is never taken for one.
  const quoted = visible.replace(/"[^"\n]*"/g, (value) => (value.length > MAX_QUOTED + 2 ? `${value.slice(0, MAX_QUOTED + 1)}…"` : value));
  return quoted.length > MAX_PART ? `${quoted.slice(0, MAX_PART)}…` : quoted;
}

/** "content/articles/x.mdx:4 – what is wrong – how to fix it" */
export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line} – ${printable(p.message)} – ${printable(p.fix)}`;
}

function formatConsequence(c: Consequence): string {
  const causes = c.causes.length > 3 ? `${c.causes.slice(0, 3).join(', ')} and ${c.causes.length - 3} more` : c.causes.join(', ');
  return `${c.path}:${c.line} – ${printable(c.message)} – follows from ${causes}`;
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** What the report's last line says happened: the build or the dev server stopped, or nothing did (a warning in astro dev). */
export type ReportEnding = 'build stopped' | 'dev stopped' | 'dev reload' | 'warning';

/**
 * The report as printed: its first line is the first problem (so the first
 * thing an editor reads names a file that is wrong), the count comes last.
 */
export function formatReport(report: Report, ending: ReportEnding): string {
  const lines = report.problems.map(formatProblem);
  if (report.consequences.length) {
    lines.push('These follow from the problems above and go away when they are fixed:', ...report.consequences.map((c) => `  ${formatConsequence(c)}`));
  }
  const follow = report.consequences.length === 1 ? 'follows' : 'follow';
  const also = report.consequences.length ? ` (and ${report.consequences.length} that ${follow} from ${report.problems.length === 1 ? 'it' : 'them'})` : '';
  const total = `${count(report.problems.length, 'content problem')}${also}`;
  const them = report.problems.length === 1 ? 'it' : 'them';
  const last = {
    'build stopped': `The build stopped on ${total}: fix ${them} and build again.`,
    'dev stopped': `The dev server stopped on ${total}, which Astro cannot read: fix ${them} and start it again.`,
    'dev reload': `${total}: the page shows the file as it was before this change until ${them === 'it' ? 'it is' : 'they are'} fixed.`,
    warning: `${total}: a build would stop on ${them}.`,
  }[ending];
  lines.push(last);
  return lines.join('\n');
}

/** A report of problems that follow from nothing else. */
export function reportOf(problems: readonly Problem[]): Report {
  return { problems, consequences: [], broken: [] };
}
