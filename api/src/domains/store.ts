// Domains as Domain CRs in the workspace namespace, named after their normalised host (so a host is added
// to a workspace once, and GET /domains/:host is one read). The API proves nothing itself: the operator
// checks the TXT record and claims the host cluster-wide once it is proven (first verified claim wins).
//
// The TXT record's value is chosen here and stored in the Domain's status right after create, so the
// answer to POST already says exactly what to publish; the operator keeps a record it finds in status. When
// the operator happens to reconcile the new Domain in the same instant, its own record may win; POST then
// waits for the operator's first status write and answers with the record that stays.

import { randomBytes } from 'node:crypto';
import { domainToASCII } from 'node:url';
import {
  DOMAIN_CLAIMS,
  DOMAINS,
  type Domain,
  type DomainClaim,
  HOSTNAME_PATTERN,
  verificationRecord,
} from '@pagemagic/crds';
import { LABEL_WEBSITE } from '@pagemagic/crds/content';
import { isAlreadyExists, isConflict, isNotFound, type KubeClient } from '@pagemagic/operator/runtime';
import { ApiError } from '../errors.ts';
import { isQuotaExceeded, isQuotaPending, type QuotaKind, quotaExceeded } from '../sites/quota.ts';
import type { WorkspaceContext } from '../tenancy/context.ts';

export const DOMAIN_QUOTA: QuotaKind = {
  noun: { one: 'custom domain', other: 'custom domains' },
  limit: (plan) => plan.limits.domains,
  free: 'remove a domain you no longer need',
  hint: 'DELETE /api/v1/domains/<host> removes one',
};

const HOST = new RegExp(HOSTNAME_PATTERN);
// Longer than the 30 s for which quota admission keeps a quota it looked up live before it was counted.
const QUOTA_PENDING_WAIT_MS = 35_000;
/** How long adding a domain waits for the operator's first look at it (see `observed`). */
const OBSERVE_WAIT_MS = 3_000;

export type DomainState = 'pending' | 'verified' | 'ready' | 'failed';

export interface DomainView {
  host: string;
  site: string;
  status: DomainState;
  message?: string;
  verification: { type: 'TXT'; name: string; value: string };
  verifiedAt?: string;
  conditions: { type: string; status: string; reason: string; message: string }[];
  createdAt: string;
}

/**
 * The one spelling of a host: trimmed, without a trailing dot, lowercase punycode. Refuses what is not a
 * public host name a customer could own: IP addresses, wildcards, single labels, and hosts under the
 * platform's own domains (sites there are the platform's to name, and the app's cookies live there).
 */
export function normaliseCustomHost(
  input: string,
  platformDomains: readonly string[],
  from: 'body' | 'params' = 'body',
): string {
  const trimmed = input.trim().replace(/\.$/, '');
  const fail = (why: string) =>
    new ApiError('validation_failed', `${JSON.stringify(input)} cannot be used: ${why}`, {
      issues: [{ path: `${from}/host`, message: why }],
    });
  if (trimmed.includes('*')) throw fail('wildcards are not supported; add each host name separately');
  if (trimmed.includes(':') || /^\d+(\.\d+){3}$/.test(trimmed)) {
    throw fail('it is an IP address; use a host name such as www.example.com');
  }
  const ascii = domainToASCII(trimmed);
  if (ascii === '' || ascii.length > 253 || !HOST.test(ascii)) {
    throw fail('it is not a fully qualified host name; use one such as www.example.com');
  }
  for (const platform of platformDomains) {
    if (ascii === platform || ascii.endsWith(`.${platform}`)) {
      throw fail(`hosts under ${platform} belong to Page Magic; use a domain you own`);
    }
  }
  return ascii;
}

function domainState(domain: Domain): { status: DomainState; message?: string } {
  const conditions = domain.status?.conditions ?? [];
  const find = (type: string) => conditions.find((condition) => condition.type === type);
  const verified = find('Verified');
  const ready = find('Ready');
  const record = domain.status?.verification;
  if (ready?.status === 'True') return { status: 'ready', message: ready.message };
  if (verified?.status === 'True') {
    return {
      status: 'verified',
      message: ready?.message ?? 'ownership is proven; the certificate is on its way',
    };
  }
  if (verified && ['Conflict', 'RecordRemoved', 'InvalidHostname'].includes(verified.reason)) {
    return { status: 'failed', message: verified.message };
  }
  return {
    status: 'pending',
    message: record
      ? `Publish a DNS TXT record named ${record.recordName} with the value "${record.recordValue}"; it is checked every minute or so, and the host is served once it is found`
      : 'The verification record is being prepared; ask again in a moment',
  };
}

export function toDomainView(domain: Domain): DomainView {
  const record = domain.status?.verification;
  const state = domainState(domain);
  return {
    host: domain.spec.hostname,
    site: domain.spec.website,
    status: state.status,
    ...(state.message ? { message: state.message } : {}),
    verification: { type: 'TXT', name: record?.recordName ?? '', value: record?.recordValue ?? '' },
    ...(domain.status?.verifiedAt ? { verifiedAt: domain.status.verifiedAt } : {}),
    conditions: (domain.status?.conditions ?? []).map(({ type, status, reason, message }) => ({
      type,
      status,
      reason,
      message,
    })),
    createdAt: domain.metadata.creationTimestamp ?? '',
  };
}

function domainNotFound(host: string): ApiError {
  return new ApiError(
    'not_found',
    `The domain ${host} is not in this workspace; check the host name against your domains`,
    { hint: 'GET /api/v1/domains lists them' },
  );
}

const taken = (host: string) =>
  new ApiError(
    'conflict',
    `${host} is already in use by another Page Magic site. If it is yours, remove it there first; if you believe it was taken wrongly, contact support`,
  );

export async function getDomain(kube: KubeClient, namespace: string, host: string): Promise<Domain> {
  try {
    return await kube.get<Domain>(DOMAINS, namespace, host);
  } catch (error) {
    if (isNotFound(error)) throw domainNotFound(host);
    throw error;
  }
}

export async function listDomains(kube: KubeClient, namespace: string): Promise<Domain[]> {
  return (await kube.list<Domain>(DOMAINS, { namespace, limit: 500 })).items;
}

/**
 * The host is someone else's when its cluster-wide claim is held by a Domain in another namespace. Only a
 * verified claim counts: an unverified Domain elsewhere proves nothing and must not let anyone squat.
 */
async function claimedElsewhere(kube: KubeClient, namespace: string, host: string): Promise<boolean> {
  try {
    const claim = await kube.get<DomainClaim>(DOMAIN_CLAIMS, undefined, host);
    return claim.spec.namespace !== namespace;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

async function createOnce(kube: KubeClient, domain: Domain): Promise<Domain> {
  const deadline = Date.now() + QUOTA_PENDING_WAIT_MS;
  for (;;) {
    try {
      return await kube.create(DOMAINS, domain);
    } catch (error) {
      if (!isQuotaPending(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Stores the verification record unless the operator already has: the patch names the resourceVersion it
 * was made against, and on a conflict the Domain is read again and a record already there is kept.
 */
async function seedVerification(kube: KubeClient, created: Domain, host: string): Promise<Domain> {
  let current = created;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (current.status?.verification) return current;
    try {
      return await kube.mergePatch<Domain>(
        DOMAINS,
        { namespace: current.metadata.namespace, name: current.metadata.name ?? host, subresource: 'status' },
        {
          metadata: { resourceVersion: current.metadata.resourceVersion },
          status: { verification: verificationRecord(host, randomBytes(16).toString('base64url')) },
        },
      );
    } catch (error) {
      if (!isConflict(error)) throw error;
      current = await kube.get<Domain>(DOMAINS, current.metadata.namespace, host);
    }
  }
  return current;
}

export async function createDomain(
  kube: KubeClient,
  workspace: WorkspaceContext,
  site: string,
  host: string,
): Promise<Domain> {
  const existing = await kube.get<Domain>(DOMAINS, workspace.namespace, host).catch((error: unknown) => {
    if (isNotFound(error)) return undefined;
    throw error;
  });
  if (existing) {
    throw new ApiError(
      'conflict',
      `${host} is already added to ${existing.spec.website === site ? 'this site' : `site ${existing.spec.website}`}; remove it first to move it`,
    );
  }
  if (await claimedElsewhere(kube, workspace.namespace, host)) throw taken(host);
  let created: Domain;
  try {
    created = await createOnce(kube, {
      apiVersion: DOMAINS.apiVersion,
      kind: 'Domain',
      metadata: { name: host, namespace: workspace.namespace, labels: { [LABEL_WEBSITE]: site } },
      spec: { hostname: host, website: site },
    });
  } catch (error) {
    if (isQuotaExceeded(error)) throw quotaExceeded(workspace.plan, DOMAIN_QUOTA);
    if (isQuotaPending(error)) {
      throw new ApiError(
        'unavailable',
        'This workspace is still being set up; try again in a few seconds',
        undefined,
        503,
      );
    }
    if (isAlreadyExists(error)) {
      throw new ApiError(
        'conflict',
        `${host} was just added by someone else in this workspace; list domains to see it`,
      );
    }
    throw error;
  }
  const seeded = await seedVerification(kube, created, host);
  return observed(kube, seeded, host);
}

/**
 * The Domain once the operator has looked at it (observedGeneration caught up), or as it is when the
 * operator has not done so within OBSERVE_WAIT_MS. An operator reconcile that read the Domain just before
 * the record was stored writes a record of its own, and from then on keeps that one: the answer must name
 * the record that stays, so it is read after the operator's first status write when there is one.
 */
async function observed(kube: KubeClient, domain: Domain, host: string): Promise<Domain> {
  const deadline = Date.now() + OBSERVE_WAIT_MS;
  let current = domain;
  for (;;) {
    const generation = current.metadata.generation ?? 0;
    if ((current.status?.observedGeneration ?? -1) >= generation && current.status?.verification)
      return current;
    if (Date.now() > deadline) return current;
    await new Promise((resolve) => setTimeout(resolve, 200));
    current = await kube.get<Domain>(DOMAINS, domain.metadata.namespace, host);
  }
}

export async function deleteDomain(kube: KubeClient, namespace: string, host: string): Promise<void> {
  try {
    await kube.delete(DOMAINS, { namespace, name: host });
  } catch (error) {
    if (isNotFound(error)) throw domainNotFound(host);
    throw error;
  }
}
