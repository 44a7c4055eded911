import {
  AppsV1Api,
  AuthorizationV1Api,
  BatchV1Api,
  CoreV1Api,
  type KubeConfig,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from '../testkit/kube.ts';
import { createTestNamespace, eventually } from '../testkit/test-namespace.ts';

let config: KubeConfig;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;

beforeAll(async () => {
  config = loadKubeConfig();
  namespace = await createTestNamespace(config, 'cluster');
});
afterAll(async () => {
  await namespace?.delete();
});

const labels = { app: 'hello' };
const container = { name: 'web', image: 'registry.local/hello:1' };

describe('the local control plane', () => {
  it('runs a real kube-apiserver with RBAC authorization on', async () => {
    // With RBAC off every request is allowed; a service account with no bindings must be refused.
    const review = await config.makeApiClient(AuthorizationV1Api).createSubjectAccessReview({
      body: {
        spec: {
          user: 'system:serviceaccount:default:nobody',
          resourceAttributes: { verb: 'list', resource: 'secrets', namespace: 'kube-system' },
        },
      },
    });
    expect(review.status?.allowed).toBe(false);
  });

  it('has a fake node that is Ready', async () => {
    const node = await config.makeApiClient(CoreV1Api).readNode({ name: 'pagemagic-node-0' });
    expect(node.metadata?.annotations?.['kwok.x-k8s.io/node']).toBe('fake');
    expect(node.status?.conditions?.find((condition) => condition.type === 'Ready')?.status).toBe('True');
  });

  it('makes a Deployment Available through the real scheduler and ReplicaSet controller', async () => {
    const apps = config.makeApiClient(AppsV1Api);
    await apps.createNamespacedDeployment({
      namespace: namespace.name,
      body: {
        metadata: { name: 'hello' },
        spec: {
          replicas: 2,
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: { containers: [container] } },
        },
      },
    });
    const deployment = await eventually('the Deployment to become Available', async () => {
      const current = await apps.readNamespacedDeployment({ name: 'hello', namespace: namespace.name });
      const available = current.status?.conditions?.find((condition) => condition.type === 'Available');
      return available?.status === 'True' ? current : undefined;
    });
    expect(deployment.status?.readyReplicas).toBe(2);
  });

  it('completes a Job through the real Job controller', async () => {
    const batch = config.makeApiClient(BatchV1Api);
    await batch.createNamespacedJob({
      namespace: namespace.name,
      body: {
        metadata: { name: 'once' },
        spec: {
          backoffLimit: 0,
          template: { spec: { restartPolicy: 'Never', containers: [container] } },
        },
      },
    });
    const job = await eventually('the Job to complete', async () => {
      const current = await batch.readNamespacedJob({ name: 'once', namespace: namespace.name });
      return current.status?.succeeded === 1 ? current : undefined;
    });
    expect(job.status?.conditions?.find((condition) => condition.type === 'Complete')?.status).toBe('True');
  });
});
