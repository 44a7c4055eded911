// Undo and redo from the keyboard, in the editor and inside the preview frame alike.

export type Shortcut = 'undo' | 'redo';

/** The editor command a key press asks for: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, or Ctrl+Y. */
export function shortcutOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): Shortcut | undefined {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return undefined;
}

/** Fields whose text is not part of the document keep the browser's own undo (marked data-native-undo). */
export function wantsNativeUndo(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-native-undo]') !== null;
}
