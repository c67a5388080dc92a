import { describe, expect, it } from 'vitest';
import { nextFocusIndex } from '../../../src/lib/search/arrow-keys.ts';
import { isSearchShortcut } from '../../../src/lib/search/shortcut.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  it('opens on "/" outside text fields only', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), false)).toBe(false);
  });

  it('opens on Ctrl+K and ⌘+K, even in a text field, but not on K alone or with both', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, metaKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });
});

describe('nextFocusIndex', () => {
  it('enters the list from the field with Down and returns with Up from the first result', () => {
    expect(nextFocusIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextFocusIndex(0, 'ArrowUp', 3)).toBe(-1);
    expect(nextFocusIndex(-1, 'ArrowUp', 3)).toBe(-1);
  });

  it('moves one step and stops at the last result', () => {
    expect(nextFocusIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(nextFocusIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(nextFocusIndex(2, 'ArrowUp', 3)).toBe(1);
  });

  it('jumps with Home and End inside the list, but leaves them to the field', () => {
    expect(nextFocusIndex(1, 'Home', 3)).toBe(0);
    expect(nextFocusIndex(0, 'End', 3)).toBe(2);
    expect(nextFocusIndex(-1, 'End', 3)).toBe(-1);
  });

  it('stays in the field when there are no results, and ignores other keys', () => {
    expect(nextFocusIndex(-1, 'ArrowDown', 0)).toBe(-1);
    expect(nextFocusIndex(1, 'a', 3)).toBe(1);
  });
});
