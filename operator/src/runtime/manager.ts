// The manager runs the pieces as one process: the metrics and health server from the start, leader
// election, and (only while leading) the informers and then the controllers. On SIGTERM it stops taking
// work, lets in-flight reconciles finish (bounded), stops the informers, hands the Lease back so the standby
// takes over at once, closes the server and exits 0.

import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import type { KubeConfig } from '@kubernetes/client-node';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { Controller, type ControllerOptions } from './controller.ts';
import { EventRecorder } from './event-recorder.ts';
import { Informer, type InformerOptions } from './informer.ts';
import { KubeClient, type KubeObject, resources } from './kube-client.ts';
import { type ElectionEnd, LeaderElector } from './leader-election.ts';
import { createLogger, type Logger } from './log.ts';
import { NamespaceScope } from './namespace-scope.ts';

export interface ManagerLeaderElection {
  namespace: string;
  /** The Lease's name. */
  name: string;
  /** Defaults to POD_NAME, else the host name (the pod name in Kubernetes). */
  identity?: string;
  leaseDurationSeconds?: number;
  renewDeadlineSeconds?: number;
  retryPeriodSeconds?: number;
}

export interface ManagerOptions {
  kubeConfig: KubeConfig;
  /** The field manager of every write the manager's client makes (see KubeClientOptions). */
  fieldManager: string;
  registry?: Registry;
  logger?: Logger;
  /** The metrics and health server; port 0 picks a free one. Defaults to 0.0.0.0:8080. */
  metrics?: { host?: string; port?: number };
  /** Without it this replica leads from the start. */
  leaderElection?: ManagerLeaderElection;
  /** How long shutdown waits for in-flight reconciles. */
  shutdownTimeoutMs?: number;
  /** Process metrics (memory, CPU, event loop lag); defaults to true. */
  processMetrics?: boolean;
  /**
   * A label selector: every controller reconciles only keys in namespaces whose labels match it (see
   * `namespaces`). All namespaces when left out.
   */
  namespaceSelector?: string;
}

export const EVENT_COMPONENT = 'pagemagic-operator';

export type ManagerEnd = 'stopped' | 'lost-leadership';

export class Manager {
  readonly registry: Registry;
  readonly logger: Logger;
  readonly client: KubeClient;
  /** Kubernetes Events, written in the background; flushed (bounded) on a graceful stop. */
  readonly events: EventRecorder;
  readonly elector: LeaderElector | undefined;
  /** The namespaces controllers may reconcile in, with `namespaceSelector`; undefined: all of them. */
  readonly namespaces: NamespaceScope | undefined;
  readonly #options: ManagerOptions;
  readonly #informers: Informer<KubeObject>[] = [];
  readonly #controllers: Controller[] = [];
  readonly #server: Server;
  #ended: ((end: ManagerEnd) => void) | undefined;
  readonly #done: Promise<ManagerEnd>;
  #started = false;
  #stopping: Promise<ManagerEnd> | undefined;
  #leading: AbortSignal | undefined;
  #election: Promise<ElectionEnd> | undefined;

  constructor(options: ManagerOptions) {
    this.#options = options;
    this.registry = options.registry ?? new Registry();
    this.logger = options.logger ?? createLogger();
    this.client = new KubeClient(options.kubeConfig, {
      fieldManager: options.fieldManager,
      registry: this.registry,
    });
    this.events = new EventRecorder({
      client: this.client,
      component: EVENT_COMPONENT,
      registry: this.registry,
      logger: this.logger,
    });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    const election = options.leaderElection;
    if (election) {
      this.elector = new LeaderElector({
        client: this.client,
        namespace: election.namespace,
        name: election.name,
        identity: election.identity ?? process.env.POD_NAME ?? hostname(),
        leaseDurationSeconds: election.leaseDurationSeconds,
        renewDeadlineSeconds: election.renewDeadlineSeconds,
        retryPeriodSeconds: election.retryPeriodSeconds,
        registry: this.registry,
        logger: this.logger,
        onStartedLeading: (signal) => this.#lead(signal),
      });
    }
    this.#server = createServer((request, response) => {
      void this.#serve(request.url ?? '/', response);
    });
    this.#done = new Promise((resolve) => {
      this.#ended = resolve;
    });
    const selector = options.namespaceSelector;
    this.namespaces =
      selector === undefined
        ? undefined
        : new NamespaceScope(
            // Only names and labels are read, so the cache holds metadata and nothing of the spec or status.
            this.addInformer<KubeObject>({
              resource: resources.namespaces,
              labelSelector: selector,
              metadataOnly: true,
            }),
          );
  }

  /** An informer that starts when this replica leads; register handlers on it before `start`. */
  addInformer<T extends KubeObject>(
    options: Omit<InformerOptions<T>, 'client' | 'registry' | 'logger'>,
  ): Informer<T> {
    const informer = new Informer<T>({
      ...options,
      client: this.client,
      registry: this.registry,
      logger: this.logger,
    });
    this.#informers.push(informer as unknown as Informer<KubeObject>);
    return informer;
  }

  /** A controller whose workers start once this replica leads and every informer has synced. */
  addController(options: Omit<ControllerOptions, 'registry' | 'logger'>): Controller {
    const scope = this.namespaces;
    const own = options.admits;
    const controller = new Controller({
      ...options,
      admits: scope ? (key) => scope.admitsKey(key) && (own?.(key) ?? true) : own,
      registry: this.registry,
      logger: this.logger,
    });
    this.#controllers.push(controller);
    return controller;
  }

  /** The metrics server's address, once started. */
  get url(): string | undefined {
    const address = this.#server.address() as AddressInfo | null;
    if (address === null) return undefined;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
  }

  /** Resolves with why the manager ended: a `stop`, or leadership lost. */
  get done(): Promise<ManagerEnd> {
    return this.#done;
  }

  /** Starts the server, then campaigns (or leads at once without leader election). */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const { host = '0.0.0.0', port = 8080 } = this.#options.metrics ?? {};
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    this.logger.info({ metrics: this.url, leaderElection: this.elector !== undefined }, 'manager started');
    if (this.elector) {
      this.#election = this.elector.run();
      void this.#election.then((end) => {
        if (end === 'lost') void this.#shutdown('lost-leadership');
      });
    } else {
      void this.#lead(new AbortController().signal);
    }
  }

  /** Graceful stop; resolves when everything is down. Safe to call more than once. */
  stop(): Promise<ManagerEnd> {
    return this.#shutdown('stopped');
  }

  /**
   * Runs until SIGTERM or SIGINT (exit 0 after a graceful stop) or until leadership is lost (exit 1, so the
   * pod restarts and campaigns again with empty caches). A second signal exits at once.
   */
  async run(): Promise<never> {
    let signalled = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (signalled) {
        this.logger.warn({ signal }, 'second signal; exiting without waiting');
        process.exit(1);
      }
      signalled = true;
      this.logger.info({ signal }, 'shutting down');
      void this.stop();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    try {
      await this.start();
    } catch (error) {
      this.logger.error({ err: error }, 'manager failed to start');
      process.exit(1);
    }
    const end = await this.#done;
    process.exit(end === 'stopped' ? 0 : 1);
  }

  async #lead(signal: AbortSignal): Promise<void> {
    if (this.#stopping) return;
    this.#leading = signal;
    for (const informer of this.#informers) informer.start();
    try {
      await Promise.all(this.#informers.map((informer) => informer.waitForSync(signal)));
    } catch (error) {
      if (!signal.aborted && !this.#stopping) this.logger.error({ err: error }, 'informers did not sync');
      return;
    }
    if (signal.aborted || this.#stopping) return;
    this.logger.info(
      {
        informers: this.#informers.map((informer) => informer.name),
        controllers: this.#controllers.map((controller) => controller.name),
      },
      'caches synced; starting controllers',
    );
    for (const controller of this.#controllers) void controller.start();
  }

  #ready(): { ok: boolean; checks: string[] } {
    if (this.#stopping) return { ok: false, checks: ['[-]shutdown: stopping'] };
    const leading = this.elector ? this.elector.isLeader() : this.#leading !== undefined;
    const checks: string[] = [];
    let ok = true;
    if (this.elector) {
      const healthy = this.elector.healthy();
      ok &&= healthy;
      checks.push(`[${healthy ? '+' : '-'}]leader-election: ${leading ? 'leading' : 'standing by'}`);
    }
    if (leading || !this.elector) {
      for (const informer of this.#informers) {
        const synced = informer.hasSynced();
        ok &&= synced;
        checks.push(`[${synced ? '+' : '-'}]informer ${informer.name}: ${synced ? 'synced' : 'not synced'}`);
      }
    }
    return { ok, checks };
  }

  async #serve(url: string, response: ServerResponse): Promise<void> {
    const path = url.split('?')[0];
    try {
      if (path === '/metrics') {
        const body = await this.registry.metrics();
        response.writeHead(200, { 'Content-Type': this.registry.contentType }).end(body);
      } else if (path === '/healthz' || path === '/livez') {
        response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok\n');
      } else if (path === '/readyz') {
        const { ok, checks } = this.#ready();
        response
          .writeHead(ok ? 200 : 503, { 'Content-Type': 'text/plain' })
          .end(`${checks.join('\n')}\nreadyz check ${ok ? 'passed' : 'failed'}\n`);
      } else {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
      }
    } catch (error) {
      this.logger.error({ err: error, path }, 'metrics server request failed');
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    }
  }

  #shutdown(end: ManagerEnd): Promise<ManagerEnd> {
    this.#stopping ??= (async () => {
      // A graceful stop still leads (the Lease keeps being renewed) while in-flight reconciles finish, so no
      // other replica writes the same objects meanwhile. After a lost Lease another replica may already lead:
      // abort at once.
      const timeoutMs = end === 'stopped' ? (this.#options.shutdownTimeoutMs ?? 30_000) : 0;
      const drained = await Promise.all(this.#controllers.map((controller) => controller.stop(timeoutMs)));
      await Promise.all(this.#informers.map((informer) => informer.stop()));
      await this.events.flush(timeoutMs);
      await this.elector?.stop({ release: true });
      await new Promise<void>((resolve) => {
        if (!this.#server.listening) return resolve();
        this.#server.close(() => resolve());
        this.#server.closeAllConnections();
      });
      this.logger.info({ reason: end, drained: drained.every(Boolean) }, 'manager stopped');
      this.#ended?.(end);
      return end;
    })();
    return this.#stopping;
  }
}
