// The deep link a sign-in email can carry: pagemagic://confirm?token=<one-time code>. The app exchanges
// the code for a session (POST /auth/confirm) — the link never carries tokens, and the code works once.

import { Redirect, useLocalSearchParams, useRouter } from 'expo-router';
import { useEffect, useState } from 'react';
import { useApp } from '../src/app-context.tsx';
import { Button, Heading, Loading, Problem, Screen } from '../src/ui/parts.tsx';

export default function ConfirmScreen() {
  const { token } = useLocalSearchParams<{ token?: string }>();
  const { session } = useApp();
  const router = useRouter();
  const [state, setState] = useState<'exchanging' | 'done' | { error: unknown }>('exchanging');
  useEffect(() => {
    if (!token) {
      setState({ error: new Error('This link has no sign-in code. Open the link from your email again.') });
      return;
    }
    let current = true;
    session.exchangeLinkCode(token).then(
      () => current && setState('done'),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [token, session]);
  if (state === 'done') return <Redirect href="/" />;
  return (
    <Screen>
      <Heading>Signing in</Heading>
      {state === 'exchanging' ? (
        <Loading what="your sign-in" />
      ) : (
        <>
          <Problem error={state.error} />
          <Button label="Sign in with your email" onPress={() => router.replace('/sign-in')} />
        </>
      )}
    </Screen>
  );
}
