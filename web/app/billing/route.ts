// Where Stripe sends the person back to after Checkout or the Billing Portal (the API's return URLs:
// /billing?workspace=<id>&checkout=success|cancelled). The Billing page is one of the workspace pages under
// /account; this makes the workspace Stripe was paying for the current one, when the person belongs to
// it, and goes on there with the outcome to show.

import { type NextRequest, NextResponse } from 'next/server';
import { signedInProfile } from '@/lib/api.ts';
import { cookieOptions, WORKSPACE_COOKIE } from '@/lib/session.ts';
import { WORKSPACE_COOKIE_MAX_AGE } from '@/lib/workspace.ts';

const OUTCOMES = new Set(['success', 'cancelled']);

export async function GET(request: NextRequest): Promise<NextResponse> {
  const search = request.nextUrl.searchParams;
  const target = new URL('/account/billing', request.url);
  const checkout = search.get('checkout');
  if (checkout && OUTCOMES.has(checkout)) target.searchParams.set('checkout', checkout);
  const response = NextResponse.redirect(target, 303);
  const workspace = search.get('workspace');
  if (workspace) {
    // A workspace the person does not belong to (a link passed on) is ignored, never remembered.
    const profile = await signedInProfile().catch(() => undefined);
    if (profile?.workspaces.some((member) => member.id === workspace)) {
      response.cookies.set(WORKSPACE_COOKIE, workspace, cookieOptions(WORKSPACE_COOKIE_MAX_AGE));
    }
  }
  return response;
}
