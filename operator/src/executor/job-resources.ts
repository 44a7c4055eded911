// The Job the `job` executor runs to generate a site in isolation, as a pure function of the request. The
// generated document comes back through a ConfigMap the Job creates (a termination message holds only
// 4 KiB; a site document is often more).

import type { Website } from '@pagemagic/crds';
import { LABEL_COMPONENT } from '@pagemagic/crds/content';
import type { OperatorConfig } from '../config.ts';
import {
  type ChildObject,
  ownerReference,
  restrictedContainerSecurity,
  websiteLabels,
} from '../controllers/website/resources.ts';

export const JOB_BACKOFF_LIMIT = 2;
export const JOB_DEADLINE_SECONDS = 600;
export const JOB_TTL_SECONDS = 3600;

/** Job names become a pod label value, so they are kept within 63 characters. */
export function generationJobName(website: string, briefHash: string): string {
  return `${website.slice(0, 47).replace(/-+$/, '')}-gen-${briefHash.slice(0, 10)}`;
}

/** The result's key that says why a generation failed, in place of the document. */
export const GENERATION_ERROR_KEY = 'error';

export function generationResultName(jobName: string): string {
  return `${jobName}-result`;
}

export function generationJob(
  website: Website,
  briefHash: string,
  config: Pick<OperatorConfig, 'operatorImage' | 'jobServiceAccount' | 'registrySecret'>,
): ChildObject {
  const name = generationJobName(website.metadata.name ?? '', briefHash);
  const namespace = website.metadata.namespace ?? '';
  const { brief } = website.spec;
  const labels = { ...websiteLabels(website), [LABEL_COMPONENT]: 'generate' };
  const args = [
    'executor',
    'generate',
    '--brief',
    brief.prompt,
    ...(brief.locales ?? []).flatMap((locale) => ['--locale', locale]),
    ...(brief.pages ?? []).flatMap((page) => ['--page', page]),
    '--tone',
    brief.tone,
    '--namespace',
    namespace,
    '--result-configmap',
    generationResultName(name),
    '--website',
    website.metadata.name ?? '',
    '--website-uid',
    website.metadata.uid ?? '',
  ];
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, namespace, labels, ownerReferences: [ownerReference(website)] },
    spec: {
      backoffLimit: JOB_BACKOFF_LIMIT,
      activeDeadlineSeconds: JOB_DEADLINE_SECONDS,
      ttlSecondsAfterFinished: JOB_TTL_SECONDS,
      template: {
        metadata: { labels },
        spec: {
          restartPolicy: 'Never',
          serviceAccountName: config.jobServiceAccount,
          enableServiceLinks: false,
          // The operator's image may live in a registry that needs credentials (a copy of the Secret is kept here).
          ...(config.registrySecret ? { imagePullSecrets: [{ name: config.registrySecret }] } : {}),
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'generate',
              image: config.operatorImage,
              args,
              env: [{ name: 'PAGEMAGIC_JOB', value: name }],
              resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
              securityContext: restrictedContainerSecurity(),
            },
          ],
        },
      },
    },
  };
}

/** The ServiceAccount generation Jobs run as; its Role allows creating ConfigMaps and nothing else. */
export function generatorServiceAccount(namespace: string, name: string): ChildObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name, namespace },
      automountServiceAccountToken: true,
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name, namespace },
      rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['create'] }],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name, namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: [{ kind: 'ServiceAccount', name, namespace }],
    },
  ];
}
