// Wiring: which informers feed the Domain controller and which keys they enqueue. A claim's events wake
// its holder, and a released claim also wakes every Domain waiting for the same host.

import type { Domain, DomainClaim } from '@pagemagic/crds';
import { DOMAIN_CLAIMS, DOMAINS } from '@pagemagic/crds';
import type { Registry } from 'prom-client';
import type { EventPublisher } from '../../events/index.ts';
import {
  type Controller,
  type EventRecorder,
  type Informer,
  type KubeClient,
  type Logger,
  type Manager,
  objectKey,
  type Reconciler,
  silentLogger,
} from '../../runtime/index.ts';
import { AcmeIssuer, ChallengeResponder } from './acme.ts';
import type { DomainConfig } from './config.ts';
import { createTxtLookup, type TxtLookup } from './dns.ts';
import { createDomainReconciler } from './reconcile.ts';
import { normaliseHost } from './resources.ts';

export const DOMAIN_CONTROLLER = 'domain';

export interface DomainControllerOptions {
  client: KubeClient;
  domains: Informer<Domain>;
  claims: Informer<DomainClaim>;
  config: DomainConfig;
  logger?: Logger;
  events: Pick<EventRecorder, 'record'>;
  /** Where `domain.verified` and `domain.failed` are published; dropped when unset. */
  publisher?: EventPublisher;
  /** Defaults to a resolver on `config.dnsServers`. */
  lookupTxt?: TxtLookup;
  /** Where the challenge responder's informer reports its metrics. */
  registry?: Registry;
  now?: () => Date;
}

export interface DomainController {
  name: typeof DOMAIN_CONTROLLER;
  reconcile: Reconciler;
  /** Serves HTTP-01 challenges; listen on `config.acme.httpAddress` while the controller runs. */
  responder: ChallengeResponder;
  /** Enqueues Domain keys on `controller` from the informers' events. */
  watch(controller: Pick<Controller, 'enqueue'>): void;
}

/** Asks the API server whether cert-manager is served; the answer is kept for `ttlMs`. */
export function certManagerProbe(client: KubeClient, ttlMs: number): () => Promise<boolean> {
  let cached: { value: boolean; until: number } | undefined;
  return async () => {
    if (cached && cached.until > Date.now()) return cached.value;
    let value: boolean;
    try {
      const list = await client.request<{ resources?: Array<{ name: string }> }>({
        verb: 'get',
        resource: 'apigroups',
        method: 'GET',
        path: '/apis/cert-manager.io/v1',
      });
      value = (list.resources ?? []).some((resource) => resource.name === 'certificates');
    } catch (error) {
      if ((error as { code?: number }).code !== 404) throw error;
      value = false;
    }
    cached = { value, until: Date.now() + ttlMs };
    return value;
  };
}

export function createDomainController(options: DomainControllerOptions): DomainController {
  const { client, domains, claims, config } = options;
  const logger = options.logger ?? silentLogger;
  const responder = new ChallengeResponder({
    client,
    namespace: config.acme.challenges.namespace,
    propagationMs: config.acme.challenges.propagationSeconds * 1000,
    registry: options.registry,
    logger,
  });
  const issuer = new AcmeIssuer({
    client,
    directoryUrl: config.acme.directoryUrl,
    caFile: config.acme.caFile,
    email: config.acme.email,
    accountSecret: config.acme.accountSecret,
    responder,
    logger,
  });
  const reconcile = createDomainReconciler({
    client,
    domains,
    claims,
    config,
    lookupTxt: options.lookupTxt ?? createTxtLookup(config.dnsServers),
    certManagerInstalled: certManagerProbe(client, config.certManagerCacheSeconds * 1000),
    issuer,
    events: options.events,
    publisher: options.publisher,
    now: options.now,
  });
  return {
    name: DOMAIN_CONTROLLER,
    reconcile,
    responder,
    watch(controller) {
      const enqueueDomain = (domain: Domain) => controller.enqueue(objectKey(domain));
      domains.onAdd(enqueueDomain);
      domains.onUpdate((_previous, domain) => enqueueDomain(domain));
      domains.onDelete(enqueueDomain);
      const enqueueHolder = (claim: DomainClaim) =>
        controller.enqueue(`${claim.spec.namespace}/${claim.spec.domain}`);
      claims.onAdd(enqueueHolder);
      claims.onUpdate((_previous, claim) => enqueueHolder(claim));
      claims.onDelete((claim) => {
        enqueueHolder(claim);
        const host = claim.metadata.name;
        for (const domain of domains.list()) {
          if (normaliseHost(domain.spec.hostname) === host) enqueueDomain(domain);
        }
      });
    },
  };
}

/**
 * Everything the Manager needs for Domains: the two informers, the controller and its event wiring.
 * Listen with `responder.listen(config.acme.httpAddress)` before `manager.start()` and close it after stop.
 */
export function addDomainController(
  manager: Manager,
  config: DomainConfig,
  options: {
    workers?: number;
    lookupTxt?: TxtLookup;
    publisher?: EventPublisher;
    /** Narrows the Domains this controller sees (tests use a label to leave other runs' Domains alone). */
    domains?: { namespace?: string; labelSelector?: string };
    /** A Domain informer the manager already runs (the Website controller's), so there is one cache. */
    domainInformer?: Informer<Domain>;
  } = {},
): { controller: Controller; responder: ChallengeResponder } {
  const domains =
    options.domainInformer ?? manager.addInformer<Domain>({ resource: DOMAINS, ...options.domains });
  const claims = manager.addInformer<DomainClaim>({ resource: DOMAIN_CLAIMS });
  const domain = createDomainController({
    client: manager.client,
    domains,
    claims,
    config,
    logger: manager.logger,
    events: manager.events,
    registry: manager.registry,
    lookupTxt: options.lookupTxt,
    publisher: options.publisher,
  });
  const controller = manager.addController({
    name: domain.name,
    reconcile: domain.reconcile,
    workers: options.workers ?? 2,
  });
  domain.watch(controller);
  manager.namespaces?.replayOnAdmit(domains, (object) => controller.enqueue(objectKey(object)));
  return { controller, responder: domain.responder };
}
