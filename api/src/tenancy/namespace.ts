// A workspace's namespace and the fences around it: labels that say whose it is (plus the installation's
// own, PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS, which its operator selects by), a ResourceQuota from the
// plan (Websites, Domains, and a ceiling on what the sites' pods can ask for), a LimitRange so every
// container gets requests and limits, and a default-deny NetworkPolicy (ingress only from the ingress
// controller's namespace, so sites are reachable through their Ingress and from nowhere else).
// Server-side apply makes each call idempotent and lets a plan change rewrite the quota.

import type { KubeClient, KubeObject, ResourceRef } from '@pagemagic/operator/runtime';
import { planOf } from './plans.ts';

export const QUOTA_NAME = 'pagemagic-plan';
export const LIMIT_RANGE_NAME = 'pagemagic-defaults';
export const NETWORK_POLICY_NAME = 'pagemagic-default-deny';
export const WORKSPACE_LABEL = 'pagemagic.dev/workspace';
const PLAN_LABEL = 'pagemagic.dev/plan';
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const POD_SECURITY_LABEL = 'pod-security.kubernetes.io/enforce';

/** The labels the API gives a workspace namespace itself; configured labels may not set them. */
export const API_NAMESPACE_LABELS: readonly string[] = [
  MANAGED_BY_LABEL,
  WORKSPACE_LABEL,
  PLAN_LABEL,
  POD_SECURITY_LABEL,
];

const refs = {
  namespaces: { apiVersion: 'v1', plural: 'namespaces', kind: 'Namespace', namespaced: false },
  resourceQuotas: { apiVersion: 'v1', plural: 'resourcequotas', kind: 'ResourceQuota' },
  limitRanges: { apiVersion: 'v1', plural: 'limitranges', kind: 'LimitRange' },
  networkPolicies: { apiVersion: 'networking.k8s.io/v1', plural: 'networkpolicies', kind: 'NetworkPolicy' },
} as const satisfies Record<string, ResourceRef>;

export interface WorkspaceNamespaceInput {
  id: string;
  namespace: string;
  plan: string;
}

export interface WorkspaceNamespaceOptions {
  /**
   * Put on the namespace besides the API's own (`ApiConfig.workspaceNamespaceLabels`). Applied, so a
   * label dropped from the configuration comes off every namespace the next time it is applied.
   */
  labels?: Readonly<Record<string, string>>;
}

export function namespaceObjects(
  workspace: WorkspaceNamespaceInput,
  { labels: installationLabels = {} }: WorkspaceNamespaceOptions = {},
) {
  const plan = planOf(workspace.plan);
  const labels = {
    [MANAGED_BY_LABEL]: 'pagemagic-api',
    [WORKSPACE_LABEL]: workspace.id,
    [PLAN_LABEL]: plan.id,
  };
  const namespace = workspace.namespace;
  return {
    namespace: {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: namespace,
        labels: {
          // First, so the API's own labels win should the configuration name one of them.
          ...installationLabels,
          ...labels,
          // Site pods already run restricted; the label makes the API server hold every pod to it.
          [POD_SECURITY_LABEL]: 'restricted',
        },
      },
    },
    quota: {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: QUOTA_NAME, namespace, labels },
      spec: {
        hard: {
          'count/websites.pagemagic.dev': String(plan.limits.websites),
          'count/domains.pagemagic.dev': String(plan.limits.domains),
          // Builds are kept per Website (history limit) plus one in flight each.
          'count/builds.pagemagic.dev': String(plan.limits.websites * 12),
          'requests.cpu': `${plan.limits.websites * 100}m`,
          'requests.memory': `${plan.limits.websites * 64}Mi`,
          'limits.cpu': `${plan.limits.websites * 500}m`,
          'limits.memory': `${plan.limits.websites * 256}Mi`,
        },
      },
    },
    limitRange: {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: LIMIT_RANGE_NAME, namespace, labels },
      spec: {
        limits: [
          {
            type: 'Container',
            defaultRequest: { cpu: '10m', memory: '16Mi' },
            default: { cpu: '200m', memory: '64Mi' },
            max: { cpu: '1', memory: '512Mi' },
          },
        ],
      },
    },
    networkPolicy: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: NETWORK_POLICY_NAME, namespace, labels },
      spec: {
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchLabels: { 'pagemagic.dev/ingress-controller': 'true' },
                },
              },
            ],
          },
        ],
        egress: [],
      },
    },
  };
}

interface QuotaObject extends KubeObject {
  spec?: { hard?: Record<string, string> };
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

/**
 * Creates or updates the workspace's namespace and everything fencing it. With `waitForQuota` (the
 * default) it also waits, up to `quotaWaitMs`, until the quota controller has counted the new quota: until
 * then the API server refuses every Website and Domain in the namespace ("status unknown for quota"),
 * and a workspace is not ready for its first site.
 */
export async function ensureWorkspaceNamespace(
  kube: KubeClient,
  workspace: WorkspaceNamespaceInput,
  {
    waitForQuota = true,
    quotaWaitMs = 60_000,
    labels,
  }: WorkspaceNamespaceOptions & { waitForQuota?: boolean; quotaWaitMs?: number } = {},
) {
  const objects = namespaceObjects(workspace, { labels });
  await kube.apply(refs.namespaces, objects.namespace);
  await kube.apply(refs.resourceQuotas, objects.quota);
  // Nothing else is created in the namespace until the quota is counted: quota admission caches a quota it
  // had to look up live for 30 s, so a create that came too early would leave the workspace refusing
  // sites ("status unknown for quota") for that long.
  if (waitForQuota) await quotaCounted(kube, workspace.namespace, objects.quota.spec.hard, quotaWaitMs);
  await Promise.all([
    kube.apply(refs.limitRanges, objects.limitRange),
    kube.apply(refs.networkPolicies, objects.networkPolicy),
  ]);
}

async function quotaCounted(
  kube: KubeClient,
  namespace: string,
  hard: Record<string, string>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const quota = await kube.get<QuotaObject>(refs.resourceQuotas, namespace, QUOTA_NAME);
    // Admission refuses while any limited resource has no usage yet: the quota controller counts a custom
    // resource only once it has discovered its type, which in a fresh cluster can take half a minute.
    const { hard: counted, used } = quota.status ?? {};
    if (
      counted &&
      used &&
      Object.entries(hard).every(([key, value]) => counted[key] === value && key in used)
    ) {
      return true;
    }
    // The API routes answer 503 "still being set up" past this point; a sign-up is not held any longer.
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Deletes the namespace and, through it, every site in the workspace. */
export async function deleteWorkspaceNamespace(kube: KubeClient, namespace: string): Promise<void> {
  await kube.delete(refs.namespaces, { name: namespace }, { propagationPolicy: 'Background' });
}

/**
 * Applies every workspace's namespace objects, a few at a time: run when a replica starts, so a namespace
 * deleted behind the API's back (or a cluster rebuilt under it) comes back, and a changed plan or fence
 * reaches every workspace. Returns how many were applied and which failed, without stopping at one.
 */
export async function reconcileWorkspaceNamespaces(
  kube: KubeClient,
  workspaces: AsyncIterable<WorkspaceNamespaceInput> | Iterable<WorkspaceNamespaceInput>,
  { concurrency = 4, labels }: WorkspaceNamespaceOptions & { concurrency?: number } = {},
): Promise<{ applied: number; failed: { namespace: string; error: string }[] }> {
  const failed: { namespace: string; error: string }[] = [];
  let applied = 0;
  const inFlight = new Set<Promise<void>>();
  for await (const workspace of workspaces) {
    const task = ensureWorkspaceNamespace(kube, workspace, { waitForQuota: false, labels }).then(
      () => {
        applied++;
      },
      (error: unknown) => {
        failed.push({ namespace: workspace.namespace, error: (error as Error).message });
      },
    );
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { applied, failed };
}
