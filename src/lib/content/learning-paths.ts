/**
 * Learning paths as readers follow them: which steps are shown, the reading
 * order, and where an article stands in a path (its step number, the article
 * before and after it). Pure and generic over the article type, so the rules
 * are unit-tested without Astro; src/lib/content/index.ts applies them to the
 * collections.
 */

/** A step as an editor writes it in content/paths/<slug>.yaml. */
export interface StepSource {
  title: string;
  summary?: string | undefined;
  /** Article ids, in reading order. */
  articles: readonly string[];
}

/** A step as shown: numbered from 1, with the articles that are on the site. */
export interface Step<A> {
  number: number;
  title: string;
  summary?: string | undefined;
  articles: readonly A[];
}

/** One article of a path in reading order, with the step it belongs to. */
export interface Stop<A> {
  article: A;
  step: Step<A>;
}

/** Where an article stands in a path. */
export interface Place<A> {
  step: Step<A>;
  stepCount: number;
  /** The article read before this one (in the previous step, or earlier in the same step). */
  previous?: Stop<A> | undefined;
  /** The article read after this one. */
  next?: Stop<A> | undefined;
}

/**
 * The steps readers see: each step's published articles, in the order
 * written. A step none of whose articles is published yet (all scheduled for
 * later) is left out and the steps after it move up, so "Step 3 of 7" never
 * points at a step with nothing to read.
 */
export function shownSteps<A>(steps: readonly StepSource[], published: (id: string) => A | undefined): Step<A>[] {
  const shown: Step<A>[] = [];
  for (const source of steps) {
    const articles = source.articles.map(published).filter((a): a is A => a !== undefined);
    if (articles.length === 0) continue;
    shown.push({ number: shown.length + 1, title: source.title, summary: source.summary, articles });
  }
  return shown;
}

/** Every article of the path, step by step. */
export function readingOrder<A>(steps: readonly Step<A>[]): Stop<A>[] {
  return steps.flatMap((step) => step.articles.map((article) => ({ article, step })));
}

/** The article's place in the path, or undefined when it is not one of its steps. */
export function placeInPath<A extends { id: string }>(steps: readonly Step<A>[], id: string): Place<A> | undefined {
  const order = readingOrder(steps);
  const index = order.findIndex((stop) => stop.article.id === id);
  const here = order[index];
  if (!here) return undefined;
  return { step: here.step, stepCount: steps.length, previous: order[index - 1], next: order[index + 1] };
}

/** Minutes to read every article of the path. */
export function totalMinutes<A>(steps: readonly Step<A>[], minutesOf: (article: A) => number): number {
  return readingOrder(steps).reduce((sum, stop) => sum + minutesOf(stop.article), 0);
}

/** "1 step", "7 steps". */
export function stepsLabel(count: number): string {
  return `${count} ${count === 1 ? 'step' : 'steps'}`;
}
