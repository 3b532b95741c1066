/**
 * The keys of a menu button's menu (WAI-ARIA menu pattern): arrows move
 * round the items, Home/End go to either end, Escape and Tab close it.
 */

/** What a key does in an open menu of `count` items whose item `current` has focus. */
export type MenuKeyResult = { kind: 'focus'; index: number } | { kind: 'close'; refocusButton: boolean } | { kind: 'none' };

/** The effect of `key` in an open menu; `current` is -1 when no item has focus yet. */
export function menuKey(key: string, current: number, count: number): MenuKeyResult {
  if (count <= 0) return key === 'Escape' ? { kind: 'close', refocusButton: true } : { kind: 'none' };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: current < 0 ? 0 : (current + 1) % count };
    case 'ArrowUp':
      return { kind: 'focus', index: current < 0 ? count - 1 : (current - 1 + count) % count };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: count - 1 };
    case 'Escape':
      return { kind: 'close', refocusButton: true };
    case 'Tab':
      return { kind: 'close', refocusButton: false };
    default:
      return { kind: 'none' };
  }
}

/**
 * Which item an arrow key on the closed menu button opens the menu at, or null
 * for other keys (Enter and Space click the button, which opens it at the first).
 */
export function openingIndex(key: string, count: number): number | null {
  if (key === 'ArrowDown') return 0;
  if (key === 'ArrowUp') return Math.max(0, count - 1);
  return null;
}
