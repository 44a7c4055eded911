'use server';

// Upgrading and managing payment both happen on Stripe's own pages: the API makes a Checkout or Billing
// Portal session for the workspace and the person is sent there. The plan changes when Stripe tells the API
// (its webhook), so nothing here changes it.

import { createCheckout, createPortal } from '@pagemagic/api/contract/billing';
import { redirect } from 'next/navigation';
import { type FormState, failureMessage } from '@/lib/action-state.ts';
import { serverClient } from '@/lib/api.ts';

const BILLING_PAGE = '/account/billing';
const PAID_PLANS = new Set(['pro', 'business'] as const);

const field = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();

export async function startCheckout(_previous: FormState, form: FormData): Promise<FormState> {
  const workspaceId = field(form, 'workspaceId');
  const plan = field(form, 'plan');
  if (!PAID_PLANS.has(plan as 'pro' | 'business')) {
    return { error: 'Choose Pro or Business to upgrade to, then press its Upgrade button.' };
  }
  let url: string;
  try {
    const client = await serverClient(workspaceId);
    ({ url } = await client.call(createCheckout, {
      params: { workspaceId },
      body: { plan: plan as 'pro' | 'business' },
    }));
  } catch (error) {
    return { error: failureMessage(error, BILLING_PAGE) };
  }
  redirect(url);
}

export async function openPortal(_previous: FormState, form: FormData): Promise<FormState> {
  const workspaceId = field(form, 'workspaceId');
  let url: string;
  try {
    const client = await serverClient(workspaceId);
    ({ url } = await client.call(createPortal, { params: { workspaceId }, body: {} }));
  } catch (error) {
    return { error: failureMessage(error, BILLING_PAGE) };
  }
  redirect(url);
}
