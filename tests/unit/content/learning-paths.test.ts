import { describe, expect, it } from 'vitest';
import { placeInPath, readingOrder, shownSteps, stepsLabel, totalMinutes, type StepSource } from '../../../src/lib/content/learning-paths.ts';

interface Doc {
  id: string;
  minutes: number;
}

const published = new Map<string, Doc>(['lang', 'dsa', 'rest', 'framework', 'db', 'deploy'].map((id, i) => [id, { id, minutes: i + 2 }]));
const lookup = (id: string) => published.get(id);

const written: StepSource[] = [
  { title: 'Language', summary: 'Pick one.', articles: ['lang'] },
  { title: 'Data structures', articles: ['dsa'] },
  { title: 'Framework', articles: ['rest', 'framework'] },
  { title: 'Databases', articles: ['db'] },
  { title: 'Deploy', articles: ['deploy'] },
];
const steps = shownSteps(written, lookup);

describe('shownSteps', () => {
  it('numbers the steps from 1 in the order written, with their articles in order', () => {
    expect(steps.map((s) => [s.number, s.title, s.articles.map((a) => a.id)])).toEqual([
      [1, 'Language', ['lang']],
      [2, 'Data structures', ['dsa']],
      [3, 'Framework', ['rest', 'framework']],
      [4, 'Databases', ['db']],
      [5, 'Deploy', ['deploy']],
    ]);
    expect(steps[0]?.summary).toBe('Pick one.');
  });

  it('leaves out unpublished articles, and a step with none left, renumbering the rest', () => {
    const withScheduled: StepSource[] = [
      { title: 'Language', articles: ['lang'] },
      { title: 'Coming soon', articles: ['scheduled'] },
      { title: 'Framework', articles: ['scheduled', 'framework'] },
    ];
    expect(shownSteps(withScheduled, lookup).map((s) => [s.number, s.title, s.articles.map((a) => a.id)])).toEqual([
      [1, 'Language', ['lang']],
      [2, 'Framework', ['framework']],
    ]);
  });
});

describe('readingOrder', () => {
  it('lists every article step by step, each with its step', () => {
    expect(readingOrder(steps).map((s) => `${s.step.number}:${s.article.id}`)).toEqual(['1:lang', '2:dsa', '3:rest', '3:framework', '4:db', '5:deploy']);
  });
});

describe('placeInPath', () => {
  it('gives an article its step number, the step count and its neighbours in reading order', () => {
    const place = placeInPath(steps, 'dsa');
    expect(place?.step.number).toBe(2);
    expect(place?.stepCount).toBe(5);
    expect(place?.previous?.article.id).toBe('lang');
    expect(place?.previous?.step.number).toBe(1);
    expect(place?.next?.article.id).toBe('rest');
    expect(place?.next?.step.number).toBe(3);
  });

  it('moves within a step of several articles before moving to the next step', () => {
    const first = placeInPath(steps, 'rest');
    expect([first?.step.number, first?.previous?.article.id, first?.next?.article.id]).toEqual([3, 'dsa', 'framework']);
    const second = placeInPath(steps, 'framework');
    expect([second?.step.number, second?.previous?.article.id, second?.next?.article.id]).toEqual([3, 'rest', 'db']);
    expect(second?.previous?.step).toBe(second?.step);
  });

  it('has no previous article at the start and no next one at the end', () => {
    expect(placeInPath(steps, 'lang')?.previous).toBeUndefined();
    expect(placeInPath(steps, 'deploy')?.next).toBeUndefined();
    expect(placeInPath(steps, 'deploy')?.previous?.article.id).toBe('db');
  });

  it('is undefined for an article that is not a step', () => {
    expect(placeInPath(steps, 'elsewhere')).toBeUndefined();
  });

  it('counts only the steps shown', () => {
    const shorter = shownSteps([{ title: 'Soon', articles: ['scheduled'] }, ...written], lookup);
    expect(placeInPath(shorter, 'db')).toMatchObject({ step: { number: 4 }, stepCount: 5 });
  });
});

describe('totalMinutes and stepsLabel', () => {
  it('adds up the reading time of every article of the path', () => {
    expect(totalMinutes(steps, (a) => a.minutes)).toBe(2 + 3 + 4 + 5 + 6 + 7);
  });

  it('says "step" or "steps"', () => {
    expect([stepsLabel(1), stepsLabel(7)]).toEqual(['1 step', '7 steps']);
  });
});
