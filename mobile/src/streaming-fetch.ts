// The fetch that can read a response body as it arrives. React Native's built-in fetch buffers the whole
// body, which an endless event stream never finishes; expo/fetch streams it. Browsers stream natively.

import { fetch as expoFetch } from 'expo/fetch';
import { Platform } from 'react-native';

export const streamingFetch: typeof fetch =
  Platform.OS === 'web' ? (input, init) => fetch(input, init) : (expoFetch as unknown as typeof fetch);
