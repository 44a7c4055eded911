// Certificates without cert-manager: acme-client with HTTP-01, answered by a small HTTP endpoint of the
// operator's own (the Website's Ingress sends /.well-known/acme-challenge/ on a verified host to it).
// The ACME account key lives in a Secret in the operator's namespace, created on first use.

import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { rootCertificates } from 'node:tls';
import * as acme from 'acme-client';
import {
  isAlreadyExists,
  isNotFound,
  type KubeClient,
  type KubeObject,
  type Logger,
  resources,
} from '../../runtime/index.ts';
import { ACME_CHALLENGE_PATH } from './resources.ts';

/** Answers HTTP-01 challenges from the tokens the issuer has put in. */
export class ChallengeResponder {
  readonly #tokens = new Map<string, string>();
  readonly #server: Server;

  constructor() {
    this.#server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      const token = path.startsWith(ACME_CHALLENGE_PATH) ? path.slice(ACME_CHALLENGE_PATH.length) : undefined;
      const answer = token === undefined ? undefined : this.#tokens.get(token);
      if (answer === undefined) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end(answer);
    });
  }

  set(token: string, keyAuthorization: string): void {
    this.#tokens.set(token, keyAuthorization);
  }

  delete(token: string): void {
    this.#tokens.delete(token);
  }

  async listen(address: { host: string; port: number }): Promise<void> {
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

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.#server.listening) return resolve();
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
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
      challengeCreateFn: async (_authz, challenge, keyAuthorization) => {
        this.#options.responder.set(challenge.token, keyAuthorization);
      },
      challengeRemoveFn: async (_authz, challenge) => {
        this.#options.responder.delete(challenge.token);
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
