import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/lib/checks/edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closest', () => {
  it('suggests a close candidate and nothing for a far one', () => {
    expect(closest('descripton', ['title', 'description'])).toBe('description');
    expect(closest('colour', ['title', 'description'])).toBeUndefined();
  });
});
