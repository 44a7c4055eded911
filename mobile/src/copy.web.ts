// Copying text in the web export: the browser's own clipboard, which needs no native module.

export async function copyText(text: string): Promise<boolean> {
  const clipboard = (
    globalThis as { navigator?: { clipboard?: { writeText?: (t: string) => Promise<void> } } }
  ).navigator?.clipboard;
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    // Refused (no permission, page not focused): the caller tells the person to select it instead.
    return false;
  }
}
