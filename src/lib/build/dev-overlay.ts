/**
 * Content problems on the dev server's error overlay: while an editor's
 * saved file has problems, every page of `astro dev` shows them over the page
 * (Vite's error overlay), in the same "file:line – what is wrong – how to fix
 * it" lines the build prints; saving the fix clears them.
 */
import { formatProblem, type Problem } from '../checks/problems.ts';

/** The payload of Vite's HMR "error" message (vite/types/hmrPayload.d.ts), as the overlay reads it. */
export interface OverlayError {
  type: 'error';
  err: { message: string; stack: string; plugin: string; id: string; loc: { file: string; line: number; column: number } };
}

/** Problems of each file saved while the dev server runs, by repository path; a file with none is not kept. */
export class SavedFileProblems {
  readonly #byFile = new Map<string, readonly Problem[]>();

  constructor(private readonly rootDir: string) {}

  /** Records a file's problems after a save; true when what the overlay should show changed. */
  update(path: string, problems: readonly Problem[]): boolean {
    const before = this.#byFile.get(path);
    if (problems.length) this.#byFile.set(path, problems);
    else this.#byFile.delete(path);
    return JSON.stringify(before ?? []) !== JSON.stringify(problems);
  }

  /** Every recorded problem, files in name order. */
  get problems(): Problem[] {
    return [...this.#byFile.keys()].sort().flatMap((path) => [...(this.#byFile.get(path) ?? [])]);
  }

  /** What the overlay shows, or undefined when nothing is wrong. */
  overlay(): OverlayError | undefined {
    const [first] = this.problems;
    if (!first) return undefined;
    const lines = this.problems.map(formatProblem);
    const count = lines.length === 1 ? '1 content problem' : `${lines.length} content problems`;
    return {
      type: 'error',
      err: {
        message: `${count}: the page shows the content as it was before the last save until ${lines.length === 1 ? 'it is' : 'they are'} fixed.\n\n${lines.join('\n')}`,
        // No stack trace: this is a message for the editor, not a bug in the site.
        stack: '',
        plugin: 'content-check',
        id: `${this.rootDir}/${first.path}`,
        loc: { file: `${this.rootDir}/${first.path}`, line: first.line, column: 1 },
      },
    };
  }
}
