// Certificates without cert-manager: acme-client with HTTP-01, answered by a small HTTP endpoint of the
// operator's own on every replica (the Website's Ingress sends /.well-known/acme-challenge/ on a verified
// host to the operator's Service). The ACME account key lives in a Secret in the operator's namespace,
// created on first use; challenges are records beside it while an order runs.

import { createHash, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { rootCertificates } from 'node:tls';
import { LABEL_COMPONENT } from '@pagemagic/crds/content';
import * as acme from 'acme-client';
import type { Registry } from 'prom-client';
import {
  Informer,
  isAlreadyExists,
  isNotFound,
  type KubeClient,
  type KubeObject,
  type Logger,
  resources,
} from '../../runtime/index.ts';
import { requestHost } from '../../serving/routes.ts';
import { ACME_CHALLENGE_PATH, normaliseHost } from './resources.ts';

/** Challenge records are ConfigMaps in the operator's namespace with this component label. */
export const ACME_CHALLENGE_COMPONENT = 'acme-challenge';

/** A record older than this was left by a replica that stopped mid-order; no order waits that long. */
const STALE_RECORD_MS = 60 * 60_000;

interface ChallengeRecord extends KubeObject {
  metadata?: KubeObject['metadata'] & { creationTimestamp?: string };
  data?: { host?: string; token?: string; keyAuthorization?: string };
}

export interface ChallengeResponderOptions {
  client: KubeClient;
  /** Where the records live: the operator's own namespace, which no tenant can write to. */
  namespace: string;
  /** How long `publish` waits once its own cache has a record, for the other replicas' watches to have it. */
  propagationMs: number;
  registry?: Registry;
  logger?: Logger;
}

/**
 * Answers HTTP-01 challenges on every operator replica. The Service in front of the operator sends a CA's
 * request to any replica, but only the leader orders certificates, so the leader publishes each challenge
 * as a record in the operator's namespace and every replica answers from its own watch of those records. A
 * record answers only for the host it was ordered for.
 */
export class ChallengeResponder {
  readonly #options: ChallengeResponderOptions;
  readonly #records: Informer<ChallengeRecord>;
  readonly #server: Server;

  constructor(options: ChallengeResponderOptions) {
    this.#options = options;
    // Not the manager's: its informers run only while leading, and a standby must answer as well.
    this.#records = new Informer<ChallengeRecord>({
      client: options.client,
      resource: resources.configMaps,
      name: 'acme-challenges',
      namespace: options.namespace,
      labelSelector: `${LABEL_COMPONENT}=${ACME_CHALLENGE_COMPONENT}`,
      registry: options.registry,
      logger: options.logger,
    });
    this.#server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      const token = path.startsWith(ACME_CHALLENGE_PATH) ? path.slice(ACME_CHALLENGE_PATH.length) : undefined;
      const record = token === undefined ? undefined : this.#records.get(this.#key(token))?.data;
      if (!record || record.token !== token || record.host !== requestHost(request.headers.host)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end(record.keyAuthorization ?? '');
    });
  }

  /** Tokens are the CA's choice; the record's name is a hash of one, so any token makes a valid name. */
  #name(token: string): string {
    return `acme-challenge-${createHash('sha256').update(token).digest('hex').slice(0, 40)}`;
  }

  #key(token: string): string {
    return `${this.#options.namespace}/${this.#name(token)}`;
  }

  /** Stores the answer to `token` for `host` and returns once every replica can be expected to serve it. */
  async publish(host: string, token: string, keyAuthorization: string): Promise<void> {
    const { client, namespace } = this.#options;
    await this.#pruneStale();
    const record = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: this.#name(token),
        namespace,
        labels: { [LABEL_COMPONENT]: ACME_CHALLENGE_COMPONENT },
      },
      data: { host: normaliseHost(host) ?? host, token, keyAuthorization },
    };
    try {
      await client.create(resources.configMaps, record);
    } catch (error) {
      // The same token again (an order retried): the key authorization is the token's, so it is the same.
      if (!isAlreadyExists(error)) throw error;
    }
    // This replica's own cache first (when it answers at all), then the others' watches, which the same
    // event reaches at about the same time.
    const deadline = Date.now() + 30_000;
    while (
      this.#server.listening &&
      this.#records.get(this.#key(token))?.data?.keyAuthorization !== keyAuthorization
    ) {
      if (Date.now() > deadline)
        throw new Error(`challenge record ${this.#key(token)} never reached the cache`);
      await sleep(50);
    }
    await sleep(this.#options.propagationMs);
  }

  async withdraw(token: string): Promise<void> {
    try {
      await this.#options.client.delete(resources.configMaps, {
        namespace: this.#options.namespace,
        name: this.#name(token),
      });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  async #pruneStale(): Promise<void> {
    const now = Date.now();
    for (const record of this.#records.list()) {
      const created = Date.parse(record.metadata?.creationTimestamp ?? '');
      if (now - created > STALE_RECORD_MS) {
        await this.#options.client
          .delete(resources.configMaps, {
            namespace: this.#options.namespace,
            name: record.metadata?.name ?? '',
          })
          .catch((error: unknown) => {
            if (!isNotFound(error)) throw error;
          });
      }
    }
  }

  /** Starts watching the records, waits for the first list, then answers on `address`. */
  async listen(address: { host: string; port: number }): Promise<void> {
    this.#records.start();
    await this.#records.waitForSync();
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(address.port, address.host, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
  }

  get address(): AddressInfo | undefined {
    return (this.#server.address() as AddressInfo | null) ?? undefined;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!this.#server.listening) return resolve();
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
    await this.#records.stop();
  }
}

export interface IssuedCertificate {
  certificate: string;
  privateKey: string;
  notBefore: Date;
  notAfter: Date;
}

export interface AcmeIssuerOptions {
  client: KubeClient;
  directoryUrl: string;
  /** PEM of an extra CA for the ACME server's own HTTPS (Pebble's), on top of the public roots. */
  caFile?: string;
  email?: string;
  accountSecret: { namespace: string; name: string };
  responder: ChallengeResponder;
  logger: Logger;
  /** acme-client polls for valid status with this backoff; its 5 s minimum is slow for a test server. */
  backoff?: { attempts: number; minMs: number; maxMs: number };
}

const ACCOUNT_KEY = 'account.key';

export class AcmeIssuer {
  readonly #options: AcmeIssuerOptions;
  #client: Promise<acme.Client> | undefined;

  constructor(options: AcmeIssuerOptions) {
    this.#options = options;
  }

  /** Orders a certificate for `host` and waits for it; throws with the ACME server's reason on failure. */
  async issue(host: string): Promise<IssuedCertificate> {
    const client = await this.#acmeClient();
    const [key, csr] = await acme.crypto.createCsr(
      { altNames: [host] },
      await acme.crypto.createPrivateEcdsaKey(),
    );
    const certificate = await client.auto({
      csr,
      email: this.#options.email,
      termsOfServiceAgreed: true,
      challengePriority: ['http-01'],
      // acme-client's own pre-check fetches http://<host>/ from here, which proves nothing about the path
      // the CA takes (and cannot work before DNS points at the cluster).
      skipChallengeVerification: true,
      challengeCreateFn: async (authz, challenge, keyAuthorization) => {
        await this.#options.responder.publish(authz.identifier.value, challenge.token, keyAuthorization);
      },
      challengeRemoveFn: async (_authz, challenge) => {
        await this.#options.responder.withdraw(challenge.token);
      },
    });
    const leaf = new X509Certificate(certificate);
    return {
      certificate,
      privateKey: key.toString(),
      notBefore: new Date(leaf.validFrom),
      notAfter: new Date(leaf.validTo),
    };
  }

  #acmeClient(): Promise<acme.Client> {
    this.#client ??= (async () => {
      const { caFile, directoryUrl, backoff } = this.#options;
      if (caFile) {
        // acme-client sends everything through one shared axios instance and offers no per-client agent;
        // this process talks to one ACME server, so setting it there is setting it for this issuer.
        const ca = await readFile(caFile, 'utf8');
        acme.axios.defaults.httpsAgent = new Agent({ ca: [...rootCertificates, ca] });
      }
      return new acme.Client({
        directoryUrl,
        accountKey: await this.#accountKey(),
        backoffAttempts: backoff?.attempts ?? 10,
        backoffMin: backoff?.minMs ?? 2000,
        backoffMax: backoff?.maxMs ?? 30_000,
      });
    })();
    // A failure (the API server or the CA file) is retried on the next issue, not cached.
    this.#client.catch(() => {
      this.#client = undefined;
    });
    return this.#client;
  }

  /** The account key from its Secret; the first replica to need one creates it, a racing one reads it. */
  async #accountKey(): Promise<Buffer> {
    const { client, accountSecret } = this.#options;
    const read = async () => {
      const secret = await client.get<KubeObject & { data?: Record<string, string> }>(
        resources.secrets,
        accountSecret.namespace,
        accountSecret.name,
      );
      const data = secret.data?.[ACCOUNT_KEY];
      if (!data)
        throw new Error(`Secret ${accountSecret.namespace}/${accountSecret.name} has no ${ACCOUNT_KEY}`);
      return Buffer.from(data, 'base64');
    };
    try {
      return await read();
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    const key = await acme.crypto.createPrivateEcdsaKey();
    try {
      await client.create(resources.secrets, {
        apiVersion: 'v1',
        kind: 'Secret',
        type: 'Opaque',
        metadata: {
          name: accountSecret.name,
          namespace: accountSecret.namespace,
          labels: { 'app.kubernetes.io/managed-by': 'pagemagic-operator' },
        },
        data: { [ACCOUNT_KEY]: key.toString('base64') },
      });
      this.#options.logger.info(
        { secret: `${accountSecret.namespace}/${accountSecret.name}` },
        'created ACME account key',
      );
      return key;
    } catch (error) {
      if (isAlreadyExists(error)) return read();
      throw error;
    }
  }
}
