// Copying text on phones. expo-clipboard has no release for SDK 58 yet, so the app uses
// @react-native-clipboard/clipboard: it asks only for React Native 0.61.5 or later and autolinks into the
// development builds this app runs in (`npx expo run:android|ios`; the app does not target Expo Go, which
// lacks the module). The web export copies with the browser's clipboard instead (copy.web.ts); callers
// import './copy' and Metro picks the file.

import Clipboard from '@react-native-clipboard/clipboard';

export async function copyText(text: string): Promise<boolean> {
  try {
    Clipboard.setString(text);
    return true;
  } catch {
    // The caller tells the person to select the value or share it instead.
    return false;
  }
}
