// The session, the signed-in client and the current workspace, for every screen.

import type { PagemagicClient } from '@pagemagic/api/client';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { Platform } from 'react-native';
import { AuthSession, signedInClient } from './auth/session.ts';
import { platformTokenStore, type StoredSession, type TokenStore } from './auth/token-store.ts';
import { defaultApiUrl } from './config.ts';

export interface AppServices {
  apiUrl: string;
  session: AuthSession;
  client: PagemagicClient;
  /** Opens a streaming response (expo/fetch on phones, the browser's fetch on the web). */
  streamingClient: PagemagicClient;
}

export interface AppState extends AppServices {
  /** False until the stored session has been read. */
  ready: boolean;
  signedIn: StoredSession | undefined;
  /** Why the session ended when it was not the person's doing (refresh refused). */
  endedBecause: string | undefined;
}

const AppContext = createContext<AppState | undefined>(undefined);

export function createServices(options: {
  apiUrl?: string;
  store?: TokenStore;
  fetch?: typeof fetch;
  streamingFetch?: typeof fetch;
}): AppServices {
  const apiUrl = options.apiUrl ?? defaultApiUrl();
  const session = new AuthSession({
    store: options.store ?? platformTokenStore(),
    apiUrl,
    fetch: options.fetch,
    // The web export is a browser already; on a phone the email's link should open the app.
    linkOpensIn: Platform.OS === 'web' ? 'browser' : 'app',
  });
  return {
    apiUrl,
    session,
    client: signedInClient(session, apiUrl, { fetch: options.fetch }),
    streamingClient: signedInClient(session, apiUrl, { fetch: options.streamingFetch ?? options.fetch }),
  };
}

export function AppProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [signedIn, setSignedIn] = useState<StoredSession | undefined>(services.session.current);
  const [endedBecause, setEndedBecause] = useState<string | undefined>();
  useEffect(() => {
    const unsubscribe = services.session.subscribe((session, reason) => {
      setSignedIn(session);
      if (session) setEndedBecause(undefined);
      else if (reason) setEndedBecause(reason);
    });
    services.session.load().then(
      () => setReady(true),
      () => setReady(true),
    );
    return unsubscribe;
  }, [services.session]);
  const value = useMemo(
    () => ({ ...services, ready, signedIn, endedBecause }),
    [services, ready, signedIn, endedBecause],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppState {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() needs an <AppProvider> above it (app/_layout.tsx provides one)');
  return value;
}
