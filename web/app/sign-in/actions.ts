'use server';

import { ApiClientError } from '@pagemagic/api/client';
import { login } from '@pagemagic/api/contract/auth';
import { redirect } from 'next/navigation';
import { anonymousClient } from '@/lib/api.ts';
import { safeNext, savePendingLogin } from '@/lib/login.ts';

export interface SignInState {
  error?: string;
  email?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function requestSignInLink(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '').trim();
  if (!EMAIL.test(email) || email.length > 254) {
    return { email, error: 'That does not look like an email address. Check it and try again.' };
  }
  let answer: Awaited<ReturnType<typeof sendLink>>;
  try {
    answer = await sendLink(email);
  } catch (error) {
    const message =
      error instanceof ApiClientError
        ? error.message
        : 'Page Magic could not be reached. Check your connection and try again in a moment.';
    return { email, error: message };
  }
  await savePendingLogin(
    {
      loginRequestId: answer.loginRequestId,
      pollSecret: answer.pollSecret,
      verificationCode: answer.verificationCode,
      email,
      next: safeNext(form.get('next')),
    },
    answer.expiresIn,
  );
  redirect('/sign-in/check');
}

async function sendLink(email: string) {
  return (await anonymousClient()).call(login, { body: { email } });
}
