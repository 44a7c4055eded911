// The API server enforces each plan through the workspace's ResourceQuota (tenancy/namespace.ts), whichever
// client creates the object. Its refusal ("exceeded quota: pagemagic-plan, requested: …") is for an
// operator; a person gets the plan, its limit and what to do instead.

import { type ApiStatus, apiStatusCode } from '@pagemagic/operator/runtime';
import { ApiError } from '../errors.ts';
import { QUOTA_NAME } from '../tenancy/namespace.ts';
import { type Plan, planOf } from '../tenancy/plans.ts';

function statusMessage(error: unknown): string {
  const body = (error as { body?: unknown }).body;
  if (typeof body === 'object' && body !== null) return (body as ApiStatus).message ?? '';
  return typeof body === 'string' ? body : '';
}

/** The API server refused because the plan's quota is used up. */
export function isQuotaExceeded(error: unknown): boolean {
  return apiStatusCode(error) === 403 && statusMessage(error).includes(`exceeded quota: ${QUOTA_NAME}`);
}

/**
 * A namespace's quota is not usable until the quota controller has computed its usage; until then the API
 * server refuses creates. It happens only in the first moments of a new workspace, so the caller retries.
 */
export function isQuotaPending(error: unknown): boolean {
  return (
    apiStatusCode(error) === 403 && statusMessage(error).includes(`status unknown for quota: ${QUOTA_NAME}`)
  );
}

export interface QuotaKind {
  /** The noun for people, by English plural category: "1 website", "3 websites". */
  noun: { one: string; other: string };
  limit: (plan: Plan) => number;
  /** What frees a slot, for a person: "delete a site". */
  free: string;
  /** The same for an API client, naming the route (in `details.hint`, never in the message). */
  hint: string;
}

export const WEBSITE_QUOTA: QuotaKind = {
  noun: { one: 'website', other: 'websites' },
  limit: (plan) => plan.limits.websites,
  free: 'delete a site you no longer need',
  hint: 'DELETE /api/v1/sites/<siteId> deletes one',
};

const PLURAL = new Intl.PluralRules('en');

/** 409 quota_exceeded: the plan's limit is reached; naming the plan, the limit and the two ways out. */
export function quotaExceeded(planId: string, kind: QuotaKind): ApiError {
  const plan = planOf(planId);
  const limit = kind.limit(plan);
  return new ApiError(
    'quota_exceeded',
    `Your ${plan.title} plan allows ${limit} ${PLURAL.select(limit) === 'one' ? kind.noun.one : kind.noun.other} and this workspace has reached that limit; ${kind.free}, or upgrade your plan for more`,
    { plan: plan.id, limit, resource: kind.noun.other, hint: kind.hint },
  );
}
