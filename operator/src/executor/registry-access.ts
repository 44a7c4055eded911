// How the operator reaches its registry: plain HTTP only for the registries PAGEMAGIC_INSECURE_REGISTRIES
// lists (loopback ones when unset), and credentials from the `kubernetes.io/dockerconfigjson` Secret
// PAGEMAGIC_REGISTRY_SECRET names in the operator's namespace. The Secret is read when a registry first
// asks for credentials and kept for a short while, so a rotated password is picked up without a restart.
//
// Pods that pull site images or the operator's image (site Deployments, generation Jobs) name the same
// Secret in imagePullSecrets, and an imagePullSecret must be in the pod's own namespace: the operator
// keeps a copy of it in each namespace it runs such pods in (PullSecretCopies), owned by nobody and
// labelled as the operator's, updated when the source changes.

import type { OperatorConfig } from '../config.ts';
import {
  type DockerConfig,
  dockerConfigCredentials,
  parseDockerConfig,
  type RegistryOptions,
} from '../image/index.ts';
import { isNotFound, type KubeClient, type KubeObject, resources } from '../runtime/index.ts';

export const DOCKER_CONFIG_SECRET_TYPE = 'kubernetes.io/dockerconfigjson';
export const DOCKER_CONFIG_KEY = '.dockerconfigjson';
/** On every copy, so `kubectl get secrets -l` finds what the operator made. */
export const PULL_SECRET_COPY_LABEL = 'pagemagic.dev/pull-secret-copy';

export type RegistryAccessConfig = Pick<
  OperatorConfig,
  'registrySecret' | 'insecureRegistries' | 'namespace'
>;

interface SecretObject extends KubeObject {
  type?: string;
  data?: Record<string, string>;
}

const CACHE_MS = 30_000;

function secretName(config: RegistryAccessConfig): string {
  return `${config.namespace}/${config.registrySecret}`;
}

/** Checks a registry Secret and parses its Docker config; every error says how to fix the Secret. */
export function registrySecretConfig(secret: SecretObject, name: string): DockerConfig {
  const what = `Secret ${name} (PAGEMAGIC_REGISTRY_SECRET)`;
  if (secret.type !== DOCKER_CONFIG_SECRET_TYPE) {
    throw new Error(
      `${what} has type ${secret.type ?? 'Opaque'}, not ${DOCKER_CONFIG_SECRET_TYPE}: make it with 'kubectl create secret docker-registry'`,
    );
  }
  const encoded = secret.data?.[DOCKER_CONFIG_KEY];
  if (!encoded) throw new Error(`${what} has no ${DOCKER_CONFIG_KEY} key`);
  return parseDockerConfig(Buffer.from(encoded, 'base64').toString('utf8'), what);
}

/** Reads the registry Secret, kept for CACHE_MS. */
class RegistrySecretReader {
  readonly #client: KubeClient;
  readonly #config: RegistryAccessConfig;
  #cached: { at: number; value: Promise<SecretObject> } | undefined;

  constructor(client: KubeClient, config: RegistryAccessConfig) {
    this.#client = client;
    this.#config = config;
  }

  read(): Promise<SecretObject> {
    const now = Date.now();
    if (this.#cached && now - this.#cached.at < CACHE_MS) return this.#cached.value;
    const name = this.#config.registrySecret ?? '';
    const value = this.#client
      .get<SecretObject>(resources.secrets, this.#config.namespace, name)
      .catch((error) => {
        this.#cached = undefined;
        if (isNotFound(error)) {
          throw new Error(
            `Secret ${secretName(this.#config)} (PAGEMAGIC_REGISTRY_SECRET) does not exist: create it with 'kubectl create secret docker-registry ${name} -n ${this.#config.namespace} --docker-server=… --docker-username=… --docker-password=…', or unset PAGEMAGIC_REGISTRY_SECRET`,
            { cause: error },
          );
        }
        throw error;
      });
    this.#cached = { at: now, value };
    return value;
  }
}

/** The registry options for every push and pull the operator makes. */
export function registryAccess(client: KubeClient, config: RegistryAccessConfig): RegistryOptions {
  const options: RegistryOptions = config.insecureRegistries ? { plainHttp: config.insecureRegistries } : {};
  if (!config.registrySecret) return options;
  const reader = new RegistrySecretReader(client, config);
  return {
    ...options,
    credentials: async (registry) =>
      dockerConfigCredentials(registrySecretConfig(await reader.read(), secretName(config)), registry),
  };
}

/** The copy of the registry Secret that pods in `namespace` name in imagePullSecrets. */
export function pullSecretCopy(source: SecretObject, name: string, namespace: string): SecretObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name,
      namespace,
      labels: { [PULL_SECRET_COPY_LABEL]: 'true', 'app.kubernetes.io/managed-by': 'pagemagic-operator' },
    },
    type: DOCKER_CONFIG_SECRET_TYPE,
    data: { [DOCKER_CONFIG_KEY]: source.data?.[DOCKER_CONFIG_KEY] ?? '' },
  };
}

/**
 * Keeps a copy of the registry Secret in the namespaces the operator runs pods in. `ensure` applies the
 * copy the first time a namespace is named and again whenever the source's content changed; otherwise it
 * writes nothing (and reads the source at most every CACHE_MS).
 */
export class PullSecretCopies {
  readonly #client: KubeClient;
  readonly #config: RegistryAccessConfig;
  readonly #reader: RegistrySecretReader;
  /** namespace → the source content its copy was applied with. */
  readonly #applied = new Map<string, string>();

  constructor(client: KubeClient, config: RegistryAccessConfig) {
    this.#client = client;
    this.#config = config;
    this.#reader = new RegistrySecretReader(client, config);
  }

  async ensure(namespace: string, signal?: AbortSignal): Promise<void> {
    const name = this.#config.registrySecret;
    // The source itself needs no copy.
    if (!name || namespace === this.#config.namespace) return;
    const source = await this.#reader.read();
    registrySecretConfig(source, secretName(this.#config));
    const content = source.data?.[DOCKER_CONFIG_KEY] ?? '';
    if (this.#applied.get(namespace) === content) return;
    await this.#client.apply(resources.secrets, pullSecretCopy(source, name, namespace), { signal });
    this.#applied.set(namespace, content);
  }
}
