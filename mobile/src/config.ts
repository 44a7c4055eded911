// Which API the app talks to. A build names it with EXPO_PUBLIC_PAGEMAGIC_API_URL (inlined when the
// bundle is made); the web export otherwise asks the origin it is served from, and a development build on
// a phone or simulator the API `make dev` starts.

import { Platform } from 'react-native';

export const DEV_API_URL = 'http://127.0.0.1:18090';

export function defaultApiUrl(): string {
  const configured = process.env.EXPO_PUBLIC_PAGEMAGIC_API_URL;
  if (configured) return configured.replace(/\/+$/, '');
  if (Platform.OS === 'web' && typeof location !== 'undefined') return location.origin;
  return DEV_API_URL;
}
