// Limits where they bite: whether the workspace's plan leaves room for one more site or custom domain,
// read from the billing route (read-billing.ts), and the reason to show beside a create button that cannot
// be used.

import type { Billing } from '@pagemagic/api/contract/billing';
import { formatCount } from '../usage/format.ts';

export type CountedLimit = 'websites' | 'domains';

export interface LimitReached {
  /** What the plan allows, what the workspace has, and what to do: for beside the disabled button. */
  reason: string;
}

const NOUNS: Readonly<Record<CountedLimit, readonly [string, string]>> = {
  websites: ['site', 'sites'],
  domains: ['custom domain', 'custom domains'],
};

const counted = (count: number, limit: CountedLimit) =>
  `${formatCount(count)} ${NOUNS[limit][count === 1 ? 0 : 1]}`;

/** The reason one more `limit` is refused, or undefined while the plan has room. */
export function limitReached(billing: Billing, limit: CountedLimit): LimitReached | undefined {
  const allowed = billing.plan.limits[limit];
  const used = billing.usage[limit];
  if (used < allowed) return undefined;
  const roomier = billing.plans.find(
    (plan) =>
      plan.priceUsdPerMonth > billing.plan.priceUsdPerMonth &&
      plan.limits[limit] > billing.plan.limits[limit],
  );
  const remove = limit === 'websites' ? 'Delete a site' : 'Remove a domain';
  const next = roomier
    ? billing.canManage
      ? `${remove}, or upgrade to ${roomier.title} (${counted(roomier.limits[limit], limit)}).`
      : `${remove}, or ask the workspace owner to upgrade to ${roomier.title} (${counted(roomier.limits[limit], limit)}).`
    : `${remove} to make room.`;
  return {
    reason: `The ${billing.plan.title} plan allows ${counted(allowed, limit)} and this workspace has ${formatCount(used)}. ${next}`,
  };
}
