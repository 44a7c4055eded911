// Where a plan's limits bite. Each count limit is checked before the action it would exceed, against the
// plan as PostgreSQL has it now (a cached membership may carry a plan changed a moment ago), and refused
// with 402 plan_limit: a message naming the limit, the plan's number, what this workspace has and the way
// out, and details a client can act on. The namespace's ResourceQuota stays the backstop for Websites and
// Domains that two requests create at once.

import { DOMAINS, type Domain, WEBSITES, type Website } from '@pagemagic/crds';
import type { KubeClient } from '@pagemagic/operator/runtime';
import type { Pool, PoolClient } from 'pg';
import type { Limits, Plan } from '../contract/billing.ts';
import { ApiError } from '../errors.ts';
import { nextPlanUp, planOf } from '../tenancy/plans.ts';

/** The limits counted one by one and refused past (bandwidth and build minutes are soft). */
export type CountLimit = 'websites' | 'domains' | 'members' | 'generationsPerMonth';

interface LimitWords {
  one: string;
  other: string;
  /** "has 3", "has used 30 this month". */
  has: (used: number) => string;
  /** The plan's allowance for the upgrade hint: "(50 sites)". */
  per: string;
  /** What frees room without upgrading. */
  free: string;
}

const PLURAL = new Intl.PluralRules('en');
const number = (n: number) => n.toLocaleString('en');
const count = (n: number, one: string, other: string) =>
  `${number(n)} ${PLURAL.select(n) === 'one' ? one : other}`;

const WORDS: Record<CountLimit, LimitWords> = {
  websites: {
    one: 'site',
    other: 'sites',
    has: (used) => `has ${number(used)}`,
    per: '',
    free: 'delete one',
  },
  domains: {
    one: 'custom domain',
    other: 'custom domains',
    has: (used) => `has ${number(used)}`,
    per: '',
    free: 'remove one',
  },
  members: {
    one: 'member',
    other: 'members',
    has: (used) => `has ${number(used)} (members and pending invitations)`,
    per: '',
    free: 'remove a member or revoke an invitation',
  },
  generationsPerMonth: {
    one: 'AI generation a month',
    other: 'AI generations a month',
    has: (used) => `has used ${number(used)} this month`,
    per: ' a month',
    free: 'wait for next month',
  },
};

export interface PlanLimitDetails {
  limit: keyof Limits;
  allowed: number;
  plan: string;
  used: number;
  /** The cheapest plan that allows more; absent on the largest plan. */
  upgradeTo?: string;
  hint?: string;
}

/**
 * The sentence a person reads when `plan` does not allow one more of `limit`. `invitee`: the person is
 * joining, not running, the workspace, so the way out is its owner's.
 */
export function planLimitMessage(
  plan: Plan,
  limit: CountLimit,
  used: number,
  { invitee = false }: { invitee?: boolean } = {},
): string {
  const words = WORDS[limit];
  const allowed = plan.limits[limit];
  const head = `The ${plan.title} plan allows ${count(allowed, words.one, words.other)} and this workspace ${words.has(used)}`;
  const up = nextPlanUp(plan, limit);
  if (invitee) {
    return up
      ? `${head}; ask an owner of the workspace to make room or upgrade to ${up.title}, then accept the invitation again`
      : `${head}; ask an owner of the workspace to make room, then accept the invitation again`;
  }
  if (!up) return `${head}; ${words.free} (${plan.title} is the largest plan)`;
  const upAllows = `${number(up.limits[limit])} ${limit === 'generationsPerMonth' ? 'generations' : words.other}${words.per}`;
  return `${head}; ${words.free}, or upgrade to ${up.title} (${upAllows}) with \`pagemagic billing upgrade ${up.id}\` or on the Billing page`;
}

/** 402 plan_limit for one more of `limit` on `planId`, with the details clients show and act on. */
export function planLimitError(
  planId: string,
  limit: CountLimit,
  used: number,
  options: { invitee?: boolean } = {},
): ApiError {
  const plan = planOf(planId);
  const up = nextPlanUp(plan, limit);
  const details: PlanLimitDetails = {
    limit,
    allowed: plan.limits[limit],
    plan: plan.id,
    used,
    ...(up ? { upgradeTo: up.id } : {}),
    ...(up && !options.invitee
      ? { hint: 'POST /api/v1/workspaces/<workspaceId>/billing/checkout upgrades' }
      : {}),
  };
  return new ApiError('plan_limit', planLimitMessage(plan, limit, used, options), { ...details });
}

type Db = Pick<Pool | PoolClient, 'query'>;

/** The workspace's plan as stored now. */
export async function currentPlan(db: Db, workspaceId: string): Promise<Plan> {
  const { rows } = await db.query<{ plan: string }>('SELECT plan FROM workspaces WHERE id = $1', [
    workspaceId,
  ]);
  const row = rows[0];
  if (!row) throw new Error(`workspace ${workspaceId} has no row`);
  return planOf(row.plan);
}

/** Websites in the namespace that are not on their way out (read from the API's cache). */
export async function countWebsites(kube: KubeClient, namespace: string): Promise<number> {
  const { items } = await kube.list<Website>(WEBSITES, { namespace });
  return items.filter((item) => !item.metadata.deletionTimestamp).length;
}

export async function countDomains(kube: KubeClient, namespace: string): Promise<number> {
  const { items } = await kube.list<Domain>(DOMAINS, { namespace });
  return items.filter((item) => !item.metadata.deletionTimestamp).length;
}

/**
 * Members plus invitations still open: an invitation holds a seat until it is accepted, revoked or expires.
 * `exceptEmailLookup`: an invitation to that address is about to be replaced, so it does not count.
 */
export async function countSeats(
  db: Db,
  workspaceId: string,
  exceptEmailLookup?: Buffer,
): Promise<{ members: number; pending: number }> {
  const { rows } = await db.query<{ members: number; pending: number }>(
    `SELECT (SELECT count(*)::int FROM memberships WHERE workspace_id = $1) AS members,
            (SELECT count(*)::int FROM invitations
              WHERE workspace_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
                AND ($2::bytea IS NULL OR email_lookup <> $2)) AS pending`,
    [workspaceId, exceptEmailLookup ?? null],
  );
  return rows[0] ?? { members: 0, pending: 0 };
}

/** Refuses one more Website past the plan. */
export async function requireWebsiteRoom(
  db: Db,
  kube: KubeClient,
  workspace: { id: string; namespace: string },
): Promise<void> {
  const plan = await currentPlan(db, workspace.id);
  const used = await countWebsites(kube, workspace.namespace);
  if (used >= plan.limits.websites) throw planLimitError(plan.id, 'websites', used);
}

/**
 * Refuses one more custom domain past the plan. A host the workspace already has is not one more: adding
 * it again is refused for what it is (409, already added).
 */
export async function requireDomainRoom(
  db: Db,
  kube: KubeClient,
  workspace: { id: string; namespace: string },
  host: string,
): Promise<void> {
  const plan = await currentPlan(db, workspace.id);
  const { items } = await kube.list<Domain>(DOMAINS, { namespace: workspace.namespace });
  const live = items.filter((item) => !item.metadata.deletionTimestamp);
  if (live.some((item) => item.metadata.name === host)) return;
  if (live.length >= plan.limits.domains) throw planLimitError(plan.id, 'domains', live.length);
}

/**
 * The workspace's plan, with its row locked until the transaction ends: seat checks and the insert they
 * guard then run one workspace at a time, so two invitations (or two joins) sent at once cannot both take
 * the last seat, and a plan change waits for them.
 */
async function lockedPlan(client: PoolClient, workspaceId: string): Promise<Plan> {
  const { rows } = await client.query<{ plan: string }>(
    'SELECT plan FROM workspaces WHERE id = $1 FOR UPDATE',
    [workspaceId],
  );
  const row = rows[0];
  if (!row) throw new Error(`workspace ${workspaceId} has no row`);
  return planOf(row.plan);
}

/** Refuses an invitation that would take the workspace past its seats. Run inside the invitation's transaction. */
export async function requireInvitationRoom(
  client: PoolClient,
  workspaceId: string,
  emailLookup: Buffer,
): Promise<void> {
  const plan = await lockedPlan(client, workspaceId);
  const { members, pending } = await countSeats(client, workspaceId, emailLookup);
  if (members + pending >= plan.limits.members) {
    throw planLimitError(plan.id, 'members', members + pending);
  }
}

/**
 * Refuses joining a workspace that is full: the invitation held a seat, but the plan may have shrunk
 * since it was sent. Run inside the acceptance's transaction, before the membership is inserted.
 */
export async function requireJoinRoom(client: PoolClient, workspaceId: string): Promise<void> {
  const plan = await lockedPlan(client, workspaceId);
  const { members } = await countSeats(client, workspaceId);
  if (members >= plan.limits.members) {
    throw planLimitError(plan.id, 'members', members, { invitee: true });
  }
}
