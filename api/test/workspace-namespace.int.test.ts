// A new account's workspace is a namespace fenced by its plan: labels, a ResourceQuota the API server
// enforces on Websites and Domains, a LimitRange and a default-deny NetworkPolicy.

import { randomBytes } from 'node:crypto';
import { CoreV1Api, CustomObjectsApi, NetworkingV1Api } from '@kubernetes/client-node';
import { eventually, rejection } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWorkspaceNamespace, reconcileWorkspaceNamespaces } from '../src/tenancy/namespace.ts';
import { PLANS } from '../src/tenancy/plans.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

async function workspaceOf(userId: string) {
  const { rows } = await api.services.db.query<{ id: string; namespace: string; plan: string }>(
    `SELECT w.id, w.namespace, w.plan FROM workspaces w JOIN memberships m ON m.workspace_id = w.id
      WHERE m.user_id = $1 AND m.role = 'owner'`,
    [userId],
  );
  expect(rows).toHaveLength(1);
  return rows[0] as { id: string; namespace: string; plan: string };
}

describe('workspace namespaces', () => {
  it('gives a new account a labelled namespace with quota, limits and a default-deny policy', async () => {
    const { user } = await api.signUp();
    const workspace = await workspaceOf(user.id);
    expect(workspace.namespace).toBe(`pm-${workspace.id}`);
    const core = api.services.kube.makeApiClient(CoreV1Api);
    const namespace = await core.readNamespace({ name: workspace.namespace });
    expect(namespace.metadata?.labels).toMatchObject({
      'pagemagic.dev/workspace': workspace.id,
      'pagemagic.dev/plan': 'free',
      'pod-security.kubernetes.io/enforce': 'restricted',
    });
    const quota = await core.readNamespacedResourceQuota({
      name: 'pagemagic-plan',
      namespace: workspace.namespace,
    });
    expect(quota.spec?.hard?.['count/websites.pagemagic.dev']).toBe(String(PLANS.free.limits.websites));
    expect(quota.spec?.hard?.['count/domains.pagemagic.dev']).toBe(String(PLANS.free.limits.domains));
    const limits = await core.readNamespacedLimitRange({
      name: 'pagemagic-defaults',
      namespace: workspace.namespace,
    });
    expect(limits.spec?.limits[0]?.type).toBe('Container');
    const policy = await api.services.kube
      .makeApiClient(NetworkingV1Api)
      .readNamespacedNetworkPolicy({ name: 'pagemagic-default-deny', namespace: workspace.namespace });
    expect(policy.spec?.podSelector).toEqual({});
    expect(policy.spec?.policyTypes).toEqual(['Ingress', 'Egress']);
  });

  it('is ready for Websites as soon as the account exists, and the API server refuses one past the plan limit', async () => {
    const { user } = await api.signUp();
    const { namespace } = await workspaceOf(user.id);
    const custom = api.services.kube.makeApiClient(CustomObjectsApi);
    const website = (name: string) => ({
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Website',
      metadata: { name, namespace },
      spec: { brief: { prompt: 'A small bakery in Leeds', locales: ['en'] } },
    });
    const create = (name: string) =>
      custom.createNamespacedCustomObject({
        group: 'pagemagic.dev',
        version: 'v1alpha1',
        namespace,
        plural: 'websites',
        body: website(name),
      });
    const limit = PLANS.free.limits.websites;
    // Sign-up waits until the quota controller has counted the new quota, so the workspace takes its
    // first Website at once (before that, the API server refuses with "status unknown for quota").
    for (let index = 0; index < limit; index++) await create(`site-${index}`);
    const refused = await rejection(create('one-too-many'));
    expect(refused.code).toBe(403);
    expect(refused.message).toContain('exceeded quota: pagemagic-plan');
  });

  it('rewrites the quota when the plan changes', async () => {
    const { user } = await api.signUp();
    const workspace = await workspaceOf(user.id);
    await ensureWorkspaceNamespace(api.services.kubeClient, { ...workspace, plan: 'pro' });
    const quota = await api.services.kube
      .makeApiClient(CoreV1Api)
      .readNamespacedResourceQuota({ name: 'pagemagic-plan', namespace: workspace.namespace });
    expect(quota.spec?.hard?.['count/websites.pagemagic.dev']).toBe(String(PLANS.pro.limits.websites));
  });

  it('brings back a namespace deleted behind the API, and reports the ones it cannot apply', async () => {
    const { user } = await api.signUp();
    const workspace = await workspaceOf(user.id);
    const core = api.services.kube.makeApiClient(CoreV1Api);
    await core.deleteNamespace({ name: workspace.namespace });
    await eventually(
      `namespace ${workspace.namespace} to be gone`,
      async () =>
        core.readNamespace({ name: workspace.namespace }).then(
          () => undefined,
          () => true,
        ),
      120,
    );
    const result = await reconcileWorkspaceNamespaces(api.services.kubeClient, [
      workspace,
      { id: 'nosuchplan1', namespace: 'pm-nosuchplan1', plan: 'no-such-plan' },
    ]);
    expect(result.applied).toBe(1);
    expect(result.failed).toEqual([
      { namespace: 'pm-nosuchplan1', error: expect.stringContaining("unknown plan 'no-such-plan'") },
    ]);
    const quota = await core.readNamespacedResourceQuota({
      name: 'pagemagic-plan',
      namespace: workspace.namespace,
    });
    expect(quota.spec?.hard?.['count/websites.pagemagic.dev']).toBe(String(PLANS.free.limits.websites));
  });

  it("puts the installation's labels on namespaces, existing ones included, and takes off dropped ones", async () => {
    const { user } = await api.signUp();
    const workspace = await workspaceOf(user.id);
    const core = api.services.kube.makeApiClient(CoreV1Api);
    const labelsOf = async () => (await core.readNamespace({ name: workspace.namespace })).metadata?.labels;
    const install = `install-${randomBytes(4).toString('hex')}`;
    expect(await labelsOf()).not.toHaveProperty('pagemagic.dev/install');

    // The start-up pass is what gives namespaces made before the labels were configured their labels.
    const result = await reconcileWorkspaceNamespaces(api.services.kubeClient, [workspace], {
      labels: { 'pagemagic.dev/install': install },
    });
    expect(result).toEqual({ applied: 1, failed: [] });
    expect(await labelsOf()).toMatchObject({
      'pagemagic.dev/install': install,
      'pagemagic.dev/workspace': workspace.id,
      'pagemagic.dev/plan': 'free',
      'pod-security.kubernetes.io/enforce': 'restricted',
    });

    // Applied, not merged: a label the configuration no longer has comes off, the others change in place.
    await ensureWorkspaceNamespace(api.services.kubeClient, workspace, {
      waitForQuota: false,
      labels: { team: 'sites' },
    });
    const relabelled = await labelsOf();
    expect(relabelled).toMatchObject({ team: 'sites', 'pagemagic.dev/workspace': workspace.id });
    expect(relabelled).not.toHaveProperty('pagemagic.dev/install');
  });

  it("labels a new account's namespace with PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS", async () => {
    const install = `install-${randomBytes(4).toString('hex')}`;
    const labelled = await startTestApi({
      env: { PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS: `pagemagic.dev/install=${install}` },
    });
    try {
      const { user } = await labelled.signUp();
      const { rows } = await labelled.services.db.query<{ namespace: string }>(
        `SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1`,
        [user.id],
      );
      const name = rows[0]?.namespace ?? '';
      const namespace = await labelled.services.kube.makeApiClient(CoreV1Api).readNamespace({ name });
      expect(namespace.metadata?.labels).toMatchObject({ 'pagemagic.dev/install': install });
    } finally {
      await labelled.close();
    }
  });
});
