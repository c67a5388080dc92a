/**
 * A content problem (what the checks in this folder return) and how it is
 * printed: "file:line – what is wrong – how to fix it".
 */

export interface Problem {
  path: string;
  line: number;
  message: string;
  fix: string;
}

/** "content/articles/x.mdx:4 – what is wrong – how to fix it" */
export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line} – ${p.message} – ${p.fix}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const count = `${problems.length} content ${problems.length === 1 ? 'problem' : 'problems'}`;
  return `${count} stopped the build:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}

/** An error that prints as the report alone: the integration's own stack trace would only bury it. */
export function reportError(report: string): Error {
  const error = new Error(report);
  error.stack = report;
  return error;
}
