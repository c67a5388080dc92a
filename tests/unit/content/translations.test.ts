import { describe, expect, it } from 'vitest';
import { translatedArticleData, translatedCourseData, translatedPathData } from '../../../src/lib/content/translations.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('translatedArticleData', () => {
  const original = {
    title: 'How to become a backend developer',
    description: 'English description',
    pubDate: day('2026-01-10'),
    updatedDate: day('2026-03-01'),
    coverAlt: 'A laptop',
    draft: false,
    tags: ['backend'],
    author: { collection: 'authors', id: 'faculty' },
  };

  it("keeps the original's facts and takes the translation's text and dates", () => {
    const data = translatedArticleData(original, { title: 'હિન્દી નહીં, ગુજરાતી', description: 'ગુજરાતી વર્ણન', pubDate: day('2026-11-20'), draft: false });
    expect(data.tags).toEqual(['backend']);
    expect(data.author).toEqual(original.author);
    expect(data.title).toBe('હિન્દી નહીં, ગુજરાતી');
    expect(data.pubDate).toEqual(day('2026-11-20'));
    // The original's update is not the translation's.
    expect('updatedDate' in data).toBe(false);
    // No translated alt text: the original's stays (the image is the same).
    expect(data.coverAlt).toBe('A laptop');
  });
});

describe('translatedCourseData', () => {
  it("keeps fee and level from the original and every reader's text from the translation", () => {
    const original = {
      title: 'Backend Development',
      summary: 's',
      pubDate: day('2026-01-01'),
      audience: ['a'],
      prerequisites: [],
      outcomes: ['o'],
      modules: [{ title: 'm', topics: ['t'] }],
      faq: [],
      draft: false,
      fee: 100,
      level: 'beginner',
    };
    const data = translatedCourseData(original, { ...original, title: 'बैकएंड डेवलपमेंट', outcomes: ['API बनाना'], pubDate: day('2026-11-01') });
    expect(data.fee).toBe(100);
    expect(data.level).toBe('beginner');
    expect(data.outcomes).toEqual(['API बनाना']);
  });
});

describe('translatedPathData', () => {
  const original = {
    title: 'Path',
    description: 'd',
    draft: false,
    steps: [
      { title: 'One', summary: 'first', articles: ['a'] },
      { title: 'Two', articles: ['b', 'c'] },
    ],
  };

  it("keeps each step's articles and puts the translated titles in the same order", () => {
    const data = translatedPathData(original, { title: 'રસ્તો', description: 'વર્ણન', draft: false, steps: [{ title: 'એક' }, { title: 'બે', summary: 'બીજું' }] }, 'x.yaml');
    expect(data.steps).toEqual([
      { title: 'એક', articles: ['a'] },
      { title: 'બે', summary: 'બીજું', articles: ['b', 'c'] },
    ]);
  });

  it('refuses another number of steps, naming the file', () => {
    expect(() => translatedPathData(original, { title: 't', description: 'd', draft: false, steps: [{ title: 'એક' }] }, 'content/paths/gu/x.yaml')).toThrow(
      /content\/paths\/gu\/x\.yaml – the translation has 1 steps, its English original 2/,
    );
  });
});
