// Sign-in by email, the way the CLI does it: the API emails a link, this screen shows the code the link's
// page shows, and waits (polling) until the link is confirmed on any device: this phone's mail app, a
// laptop, anything. Opening the link on this phone through pagemagic://confirm signs in at once instead.

import { ApiClientError } from '@pagemagic/api/client';
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../src/app-context.tsx';
import { Body, Button, Field, Heading, Notice, Problem, Screen } from '../src/ui/parts.tsx';

/** How often to ask whether the link was confirmed; the API's poll route is meant for this pace. */
export const POLL_INTERVAL_MS = 3000;

interface Waiting {
  email: string;
  loginRequestId: string;
  pollSecret: string;
  verificationCode: string;
  message: string;
  expiresAt: number;
}

export default function SignInScreen() {
  const { session, endedBecause } = useApp();
  const [email, setEmail] = useState('');
  const [sending, setSending] = useState(false);
  const [waiting, setWaiting] = useState<Waiting | undefined>();
  const [problem, setProblem] = useState<unknown>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!waiting) return;
    let stopped = false;
    const poll = async () => {
      if (stopped) return;
      try {
        const outcome = await session.pollOnce(
          { loginRequestId: waiting.loginRequestId, pollSecret: waiting.pollSecret },
          waiting.email,
        );
        if (outcome === 'confirmed' || stopped) return;
      } catch (error) {
        if (stopped) return;
        if (error instanceof ApiClientError && (error.status === 410 || error.status === 404)) {
          setWaiting(undefined);
          setProblem(
            new ApiClientError(
              error.status,
              error.code,
              'The sign-in link expired or was already used. Send a new link.',
            ),
          );
          return;
        }
        // A dropped connection while waiting is not the end: keep asking.
        if (error instanceof ApiClientError) {
          setWaiting(undefined);
          setProblem(error);
          return;
        }
      }
      if (Date.now() > waiting.expiresAt) {
        setWaiting(undefined);
        setProblem(new Error('The sign-in link expired before it was opened. Send a new link.'));
        return;
      }
      timer.current = setTimeout(poll, POLL_INTERVAL_MS);
    };
    timer.current = setTimeout(poll, POLL_INTERVAL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer.current);
    };
  }, [waiting, session]);

  const send = async () => {
    const address = email.trim();
    if (!address.includes('@')) {
      setProblem(new Error('Enter the email address you use for Page Magic, such as you@example.com.'));
      return;
    }
    setSending(true);
    setProblem(undefined);
    try {
      const sent = await session.requestSignInLink(address);
      setWaiting({
        email: address,
        loginRequestId: sent.loginRequestId,
        pollSecret: sent.pollSecret,
        verificationCode: sent.verificationCode,
        message: sent.message,
        expiresAt: Date.now() + sent.expiresIn * 1000,
      });
    } catch (error) {
      setProblem(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Screen>
      <Heading>Sign in to Page Magic</Heading>
      {endedBecause ? <Notice>{endedBecause}</Notice> : null}
      {waiting ? (
        <>
          <Notice>
            <Body>
              We emailed a sign-in link to {waiting.email}. Open it on any device: the page it opens shows the
              code below. This screen continues by itself once you confirm.
            </Body>
          </Notice>
          <Body muted>Your code</Body>
          <Heading level={2}>{waiting.verificationCode}</Heading>
          <Body muted>Waiting for the link to be opened…</Body>
          <Button
            label="Use a different email"
            kind="secondary"
            onPress={() => {
              setWaiting(undefined);
            }}
          />
        </>
      ) : (
        <>
          <Body>We email you a link; no password needed.</Body>
          <Field
            label="Email address"
            value={email}
            onChangeText={setEmail}
            autoCapitalize="none"
            autoComplete="email"
            keyboardType="email-address"
            inputMode="email"
            onSubmitEditing={send}
          />
          <Button label="Email me a sign-in link" onPress={send} busy={sending} />
        </>
      )}
      {problem ? <Problem error={problem} /> : null}
    </Screen>
  );
}
