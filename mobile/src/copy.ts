// Copying text. expo-clipboard has no release for SDK 58 yet, so the app copies where the platform gives
// it a clipboard without a native module (browsers, the web export) and otherwise says so; the values
// are selectable and shareable everywhere.

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
