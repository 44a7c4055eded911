// Renders screens inside the real router and the app's real provider, against the fake API's fetch.

import { Slot } from 'expo-router';
import { renderRouter } from 'expo-router/testing-library';
import type { ComponentType } from 'react';
import { AppProvider, createServices, useApp } from '../src/app-context.tsx';
import { memoryTokenStore } from '../src/auth/token-store.ts';
import type { FakeAuthApi } from './fake-api.ts';

export const API = 'http://api.test';

export async function renderScreens(
  api: FakeAuthApi,
  screens: Record<string, ComponentType>,
  options: { initialUrl: string; signedIn?: boolean },
) {
  const pair = api.issue(3600);
  const store = memoryTokenStore(
    options.signedIn === false
      ? undefined
      : {
          accessToken: pair.accessToken,
          refreshToken: pair.refreshToken,
          expiresAt: Date.now() + 3_600_000,
          userId: pair.userId,
          workspaceId: 'ws00000001',
        },
  );
  const services = createServices({ apiUrl: API, store, fetch: api.fetch });
  // Like app/_layout.tsx, screens appear once the stored session has been read.
  // biome-ignore lint/correctness/noComponentHookFactories: one router per test, each with its own services
  function Ready() {
    return useApp().ready ? <Slot /> : null;
  }
  // biome-ignore lint/correctness/noComponentHookFactories: one router per test, each with its own services
  function Layout() {
    return (
      <AppProvider services={services}>
        <Ready />
      </AppProvider>
    );
  }
  const result = await renderRouter({ _layout: Layout, ...screens }, { initialUrl: options.initialUrl });
  return { ...result, services, store };
}
