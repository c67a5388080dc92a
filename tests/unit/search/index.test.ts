import { describe, expect, it } from 'vitest';
import { hasCriteria, MAX_QUERY_LENGTH, pagefindFilters, parseSearchState, sameState, serializeSearchState } from '../../../src/lib/search/index.ts';

describe('parseSearchState', () => {
  it('reads the query and every filter', () => {
    expect(parseSearchState('?q=backend&type=Course&tag=sql&level=beginner&mode=online')).toEqual({
      q: 'backend',
      type: 'Course',
      tag: 'sql',
      level: 'beginner',
      mode: 'online',
    });
  });

  it('gives an empty query for no parameters, and trims what it reads', () => {
    expect(parseSearchState('')).toEqual({ q: '' });
    expect(parseSearchState(new URLSearchParams({ q: '  rest api  ', tag: ' ' }))).toEqual({ q: 'rest api' });
  });

  it('reads the learning-path type', () => {
    expect(parseSearchState('?q=backend&type=Path')).toEqual({ q: 'backend', type: 'Path' });
  });

  it('drops an unknown type and unknown parameters', () => {
    expect(parseSearchState('?q=x&type=Video&page=2')).toEqual({ q: 'x' });
    expect(parseSearchState('?type=course')).toEqual({ q: '' });
  });

  it('bounds a hand-edited query', () => {
    expect(parseSearchState(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('serializeSearchState', () => {
  it('writes set values in a fixed order and leaves out empty ones', () => {
    expect(serializeSearchState({ q: 'backend', mode: 'online', type: 'Course' })).toBe('?q=backend&type=Course&mode=online');
    expect(serializeSearchState({ q: '', tag: 'sql' })).toBe('?tag=sql');
    expect(serializeSearchState({ q: '  ' })).toBe('');
  });

  it('encodes what needs encoding, and round-trips through parse', () => {
    const state = { q: 'node.js & "sql"?', type: 'Article' as const, tag: 'rest-api' };
    const query = serializeSearchState(state);
    expect(query).not.toContain(' ');
    expect(query).not.toContain('"');
    expect(parseSearchState(query)).toEqual(state);
  });
});

describe('pagefindFilters and hasCriteria', () => {
  it('passes only the filters that are set', () => {
    expect(pagefindFilters({ q: 'x', type: 'Course', level: 'beginner' })).toEqual({ type: 'Course', level: 'beginner' });
    expect(pagefindFilters({ q: 'x' })).toEqual({});
  });

  it('searches with words or with a filter alone, never with neither', () => {
    expect(hasCriteria({ q: 'sql' })).toBe(true);
    expect(hasCriteria({ q: '', type: 'Course' })).toBe(true);
    expect(hasCriteria({ q: '' })).toBe(false);
  });
});

describe('sameState', () => {
  it('ignores parameter order and empty values', () => {
    expect(sameState(parseSearchState('?type=Course&q=a'), parseSearchState('?q=a&type=Course&tag='))).toBe(true);
    expect(sameState({ q: 'a' }, { q: 'a', type: 'Article' })).toBe(false);
  });
});
