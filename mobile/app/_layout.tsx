// The app's frame: the services every screen uses, light or dark navigation colours, and which screens
// need a sign-in. A signed-out person only reaches the sign-in screens; the deep link that carries a
// sign-in code (pagemagic://confirm?token=…) works either way.

import { DarkTheme, DefaultTheme, Redirect, Stack, ThemeProvider, useSegments } from 'expo-router';
import { StatusBar } from 'expo-status-bar';
import { useState } from 'react';
import { Platform, useColorScheme } from 'react-native';
import { AppProvider, createServices, useApp } from '../src/app-context.tsx';
import { streamingFetch } from '../src/streaming-fetch.ts';
import { Loading, Screen } from '../src/ui/parts.tsx';

export default function RootLayout() {
  const [services] = useState(() => createServices({ streamingFetch }));
  const scheme = useColorScheme();
  return (
    <ThemeProvider value={scheme === 'dark' ? DarkTheme : DefaultTheme}>
      <AppProvider services={services}>
        <StatusBar style="auto" />
        <Screens />
      </AppProvider>
    </ThemeProvider>
  );
}

/** Screens a signed-out person may see: sign-in, and the link that signs them in. */
const OPEN_SCREENS = new Set(['sign-in', 'confirm']);

function Screens() {
  const { ready, signedIn } = useApp();
  const segments = useSegments();
  if (!ready) {
    return (
      <Screen>
        <Loading what="your sign-in" />
      </Screen>
    );
  }
  const open = OPEN_SCREENS.has(segments[0] ?? '');
  if (!signedIn && !open) return <Redirect href="/sign-in" />;
  if (signedIn && segments[0] === 'sign-in') return <Redirect href="/" />;
  return (
    // In the web export the browser's own back and address bar do the header's job, and the header sits
    // outside the page's main landmark; each screen starts with its own heading.
    <Stack screenOptions={{ headerShown: Platform.OS !== 'web' }}>
      <Stack.Screen name="index" options={{ title: 'Your sites' }} />
      <Stack.Screen name="new-site" options={{ title: 'New site' }} />
      <Stack.Screen name="sites/[siteId]/index" options={{ title: 'Site' }} />
      <Stack.Screen name="sites/[siteId]/history" options={{ title: 'History' }} />
      <Stack.Screen name="sites/[siteId]/regenerate" options={{ title: 'Rewrite a section' }} />
      <Stack.Screen name="sites/[siteId]/domains" options={{ title: 'Domains' }} />
      <Stack.Screen name="sites/[siteId]/messages" options={{ title: 'Messages' }} />
      <Stack.Screen name="usage" options={{ title: 'Usage' }} />
      <Stack.Screen name="account" options={{ title: 'Account' }} />
      <Stack.Screen name="sign-in" options={{ title: 'Sign in' }} />
      <Stack.Screen name="confirm" options={{ title: 'Signing in' }} />
    </Stack>
  );
}
