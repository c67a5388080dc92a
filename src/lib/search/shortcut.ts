/**
 * The keyboard shortcut that opens search. Its own module because the opener
 * script every page runs imports it: keep it tiny.
 */
export type KeyInput = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * "/" outside text fields (where it types a slash), and Ctrl+K or ⌘+K
 * anywhere. `inTextField`: the key was pressed in an input, textarea, select
 * or editable element.
 */
export function isSearchShortcut(e: KeyInput, inTextField: boolean): boolean {
  if (e.altKey) return false;
  if (e.key.toLowerCase() === 'k') return e.ctrlKey !== e.metaKey;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !inTextField;
}
