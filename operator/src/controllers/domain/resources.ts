// Pure functions from a Domain to what the reconciler writes: the host's normal form, the TXT record that
// proves ownership, the cluster-wide claim, the TLS Secret or cert-manager Certificate, and Events.

import { domainToASCII } from 'node:url';
import {
  API_VERSION,
  controllerReference,
  type Domain,
  type DomainClaim,
  HOSTNAME_PATTERN,
} from '@pagemagic/crds';
import type { ResourceRef } from '../../runtime/index.ts';

export const certificatesResource = {
  apiVersion: 'cert-manager.io/v1',
  plural: 'certificates',
  kind: 'Certificate',
} as const satisfies ResourceRef;

/**
 * The claim is cluster-scoped and a namespaced Domain cannot own it (garbage collection ignores such owner
 * references), so only a finalizer guarantees the claim is released when its Domain goes.
 */
export const DOMAIN_FINALIZER = 'pagemagic.dev/domain-claim';
export const ACME_CHALLENGE_PATH = '/.well-known/acme-challenge/';
export const ACME_CHALLENGE_SERVICE = 'pagemagic-acme-challenge';
/** On the TLS Secret: which host it was issued for, so a changed host is never served a stale certificate. */
export const HOST_ANNOTATION = 'pagemagic.dev/hostname';
const HOST_REGEXP = new RegExp(HOSTNAME_PATTERN);

/**
 * The one spelling of a host that claims compare: lowercase, punycode, no trailing dot. Undefined when the
 * input is not a host name at all (so `WWW.Example.com.` and `www.example.com` claim the same name).
 */
export function normaliseHost(input: string): string | undefined {
  const trimmed = input.trim().replace(/\.$/, '');
  if (trimmed === '' || trimmed.startsWith('*')) return undefined;
  const ascii = domainToASCII(trimmed);
  if (ascii === '' || ascii.length > 253 || !HOST_REGEXP.test(ascii)) return undefined;
  return ascii;
}

/** A claim is named after its host: the API server's name uniqueness is what makes the first claim win. */
export function claimName(host: string): string | undefined {
  return normaliseHost(host);
}

export function tlsSecretName(domain: Domain): string {
  return `${domain.metadata.name}-tls`;
}

export function ownerReference(domain: Domain) {
  return controllerReference(domain);
}

const managedLabels = (domain: Domain) => ({
  'app.kubernetes.io/managed-by': 'pagemagic-operator',
  'pagemagic.dev/domain': domain.metadata.name ?? '',
});

export function desiredClaim(domain: Domain, host: string): DomainClaim {
  return {
    apiVersion: API_VERSION,
    kind: 'DomainClaim',
    metadata: { name: host, labels: { 'app.kubernetes.io/managed-by': 'pagemagic-operator' } },
    spec: {
      hostname: host,
      namespace: domain.metadata.namespace ?? '',
      domain: domain.metadata.name ?? '',
      domainUid: domain.metadata.uid ?? '',
    },
  };
}

/** Whether a claim is this Domain's own: same namespace, name and uid (a recreated Domain is another one). */
export function claimHeldBy(claim: DomainClaim, domain: Domain): boolean {
  return (
    claim.spec.namespace === domain.metadata.namespace &&
    claim.spec.domain === domain.metadata.name &&
    claim.spec.domainUid === domain.metadata.uid
  );
}

export interface IssuerRef {
  kind: string;
  name: string;
  group?: string;
}

export interface CertManagerCertificate {
  apiVersion: 'cert-manager.io/v1';
  kind: 'Certificate';
  metadata: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    ownerReferences: ReturnType<typeof ownerReference>[];
  };
  spec: { secretName: string; dnsNames: string[]; issuerRef: IssuerRef };
  status?: {
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
    notAfter?: string;
  };
}

export function certificate(domain: Domain, host: string, issuer: IssuerRef): CertManagerCertificate {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: {
      name: domain.metadata.name ?? '',
      namespace: domain.metadata.namespace ?? '',
      labels: managedLabels(domain),
      ownerReferences: [ownerReference(domain)],
    },
    spec: {
      secretName: tlsSecretName(domain),
      dnsNames: [host],
      issuerRef: { group: 'cert-manager.io', ...issuer },
    },
  };
}

/**
 * Whether a Certificate already says what we want. Only our fields count: cert-manager's webhook defaults
 * others, and comparing the whole spec would re-apply it on every reconcile.
 */
export function certificateMatches(
  current: CertManagerCertificate,
  desired: CertManagerCertificate,
): boolean {
  const ours = (spec: CertManagerCertificate['spec'] | undefined) =>
    JSON.stringify([
      spec?.secretName,
      spec?.dnsNames,
      spec?.issuerRef?.group,
      spec?.issuerRef?.kind,
      spec?.issuerRef?.name,
    ]);
  const owned = (current.metadata.ownerReferences ?? []).some(
    (ref) => ref.uid === desired.metadata.ownerReferences[0]?.uid,
  );
  return owned && ours(current.spec) === ours(desired.spec);
}

export interface TlsSecret {
  apiVersion: 'v1';
  kind: 'Secret';
  type: 'kubernetes.io/tls';
  metadata: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
    ownerReferences: ReturnType<typeof ownerReference>[];
  };
  data: { 'tls.crt': string; 'tls.key': string };
}

export function tlsSecret(
  domain: Domain,
  host: string,
  pem: { certificate: string; privateKey: string },
): TlsSecret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'kubernetes.io/tls',
    metadata: {
      name: tlsSecretName(domain),
      namespace: domain.metadata.namespace ?? '',
      labels: managedLabels(domain),
      annotations: { [HOST_ANNOTATION]: host },
      ownerReferences: [ownerReference(domain)],
    },
    data: {
      'tls.crt': Buffer.from(pem.certificate).toString('base64'),
      'tls.key': Buffer.from(pem.privateKey).toString('base64'),
    },
  };
}

/**
 * The Ingress rule path that sends a host's HTTP-01 challenges to the operator's challenge endpoint. The
 * Website reconciler adds it to a verified host's rule while the operator issues certificates itself
 * (no cert-manager); Prefix outranks the site's `/` path, so only challenge requests reach the operator.
 */
export function acmeChallengeIngressPath() {
  return {
    path: ACME_CHALLENGE_PATH,
    pathType: 'Prefix' as const,
    backend: { service: { name: ACME_CHALLENGE_SERVICE, port: { name: 'http' } } },
  };
}

/**
 * An Ingress reaches only Services in its own namespace, so a tenant namespace gets this ExternalName
 * Service pointing at the operator's challenge endpoint; `acmeChallengeIngressPath` then names it.
 */
export function acmeChallengeService(
  namespace: string,
  operator: { name: string; namespace: string; port: number },
) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: ACME_CHALLENGE_SERVICE,
      namespace,
      labels: { 'app.kubernetes.io/managed-by': 'pagemagic-operator' },
    },
    spec: {
      type: 'ExternalName',
      externalName: `${operator.name}.${operator.namespace}.svc.cluster.local`,
      ports: [{ name: 'http', port: operator.port, targetPort: operator.port, protocol: 'TCP' }],
    },
  };
}

export interface DomainEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}
