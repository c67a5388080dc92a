import { describe, expect, it } from 'vitest';
import { courseFacts, formatDuration, formatFee, formatInr, type CourseFactsInput } from '../../../src/lib/content/course-facts.ts';

const base: CourseFactsInput = { level: 'beginner', duration: { weeks: 16, hoursPerWeek: 6 }, mode: 'classroom' };

describe('formatDuration', () => {
  it('states weeks, weekly hours and the total', () => {
    expect(formatDuration({ weeks: 16, hoursPerWeek: 6 })).toBe('16 weeks · 6 hours a week (96 hours)');
    expect(formatDuration({ weeks: 1, hoursPerWeek: 1 })).toBe('1 week · 1 hour a week (1 hour)');
    expect(formatDuration({ weeks: 8, hoursPerWeek: 2.5 })).toBe('8 weeks · 2.5 hours a week (20 hours)');
  });
});

describe('formatInr', () => {
  it('uses the rupee sign and Indian digit grouping', () => {
    expect(formatInr(125000)).toBe('₹1,25,000');
  });

  it('formats a batch fee in its own currency', () => {
    expect(formatFee({ amount: 500, currency: 'USD' })).toMatch(/^(US)?\$500$/);
  });
});

describe('courseFacts', () => {
  it('lists duration, mode and level, and nothing that is not set', () => {
    expect(courseFacts(base).map((f) => f.label)).toEqual(['Duration', 'Mode', 'Level']);
  });

  it('sends readers to the admissions team for a duration the office has not confirmed', () => {
    const { duration: _unconfirmed, ...unconfirmed } = base;
    expect(courseFacts(unconfirmed)[0]).toEqual({ label: 'Duration', value: 'Ask the admissions team' });
    expect(courseFacts(base)[0]).toEqual({ label: 'Duration', value: '16 weeks · 6 hours a week (96 hours)' });
  });

  it('adds location, next batch (from the batches) and fee only when set', () => {
    // A start date as written in a batch file: midnight UTC, still the 11th in India and anywhere else.
    const facts = courseFacts({ ...base, location: 'Vadodara', fee: 45000 }, { nextStart: new Date('2027-01-11') });
    expect(facts).toEqual(
      expect.arrayContaining([
        { label: 'Location', value: 'Vadodara' },
        { label: 'Next batch', value: '11 January 2027' },
        { label: 'Fee', value: '₹45,000' },
      ]),
    );
  });
});
