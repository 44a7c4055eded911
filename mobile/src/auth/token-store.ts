// Where the sign-in is kept between launches. On a phone: the platform keychain / keystore through
// expo-secure-store. In the web export there is no keychain, so the tab's sessionStorage holds it: it ends
// with the tab and is never sent to any server on its own, unlike a cookie.

import * as SecureStore from 'expo-secure-store';
import { Platform } from 'react-native';

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires (ms since the epoch, from the API's expiresIn). */
  expiresAt: number;
  userId: string;
  email?: string;
  workspaceId?: string;
}

export interface TokenStore {
  read(): Promise<StoredSession | undefined>;
  write(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
}

const KEY = 'pagemagic.session';

function parse(text: string | null | undefined): StoredSession | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredSession>;
    if (typeof value.accessToken !== 'string' || typeof value.refreshToken !== 'string') return undefined;
    if (typeof value.expiresAt !== 'number' || typeof value.userId !== 'string') return undefined;
    return value as StoredSession;
  } catch {
    // A session written by another version of the app: signing in again replaces it.
    return undefined;
  }
}

export const secureTokenStore: TokenStore = {
  async read() {
    return parse(await SecureStore.getItemAsync(KEY));
  },
  async write(session) {
    await SecureStore.setItemAsync(KEY, JSON.stringify(session));
  },
  async clear() {
    await SecureStore.deleteItemAsync(KEY);
  },
};

export const browserTokenStore: TokenStore = {
  async read() {
    return parse(globalThis.sessionStorage?.getItem(KEY));
  },
  async write(session) {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(session));
  },
  async clear() {
    globalThis.sessionStorage?.removeItem(KEY);
  },
};

export function platformTokenStore(): TokenStore {
  return Platform.OS === 'web' ? browserTokenStore : secureTokenStore;
}

/** Keeps the session in memory only: for tests of the logic above the store. */
export function memoryTokenStore(
  initial?: StoredSession,
): TokenStore & { current: StoredSession | undefined } {
  const store = {
    current: initial,
    async read() {
      return store.current;
    },
    async write(session: StoredSession) {
      store.current = session;
    },
    async clear() {
      store.current = undefined;
    },
  };
  return store;
}
