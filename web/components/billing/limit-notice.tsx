import Link from 'next/link';
import type { LimitReached } from './plan-limit.ts';

export const BILLING_PAGE = '/account/billing';

/** Why a create button is disabled, where the button's aria-describedby points, with the way to more room. */
export function LimitNotice({ id, limit }: { id: string; limit: LimitReached }) {
  return (
    <p id={id} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      {limit.reason}{' '}
      <Link href={BILLING_PAGE} className="font-semibold underline">
        See plans and usage on the Billing page
      </Link>
    </p>
  );
}
