// The operator's settings, read once from the environment. Everything has a default that works on the
// local cluster (hack/cluster.sh, hack/test-servers.sh), so `pagemagic-operator run` needs no flags there.

import { createHash } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { type Env, parseListenAddress, readEnv, Setting } from './runtime/env.ts';

export type ExecutorKind = 'inline' | 'job';

export interface OperatorConfig {
  /** `host:port` of the OCI registry site images are pushed to. */
  registry: string;
  /** The static web server image every site image is built on. */
  baseImage: string;
  /** True when baseImage is the default, the one `make base-image` pushes to the local registry. */
  baseImageIsDefault: boolean;
  /** `{name}`, `{namespace}` and `{baseDomain}` are replaced; the result is each site's generated host. */
  siteHostPattern: string;
  siteBaseDomain: string;
  /**
   * How `status.url` reaches a generated host: https on the default port behind an Ingress, or (`make dev`)
   * http on the loopback port of `pagemagic-operator serve-sites`. The Ingress host stays the bare host.
   */
  siteUrlScheme: 'http' | 'https';
  siteUrlPort: number | undefined;
  ingressClassName: string | undefined;
  /** The TLS secret (a wildcard certificate) for generated hosts. */
  siteTlsSecret: string;
  executor: ExecutorKind;
  /** The image the job executor runs (this operator's own image). */
  operatorImage: string;
  /**
   * A `kubernetes.io/dockerconfigjson` Secret in `namespace` with the registry's credentials: pushes use it,
   * and site Deployments and generation Jobs name it in `imagePullSecrets`. Unset: no credentials.
   */
  registrySecret: string | undefined;
  /** Registries reached over plain HTTP, as `host:port`; unset: loopback ones (127.0.0.1, localhost) only. */
  insecureRegistries: readonly string[] | undefined;
  /** The ServiceAccount generation Jobs run as (needs only `create configmaps`). */
  jobServiceAccount: string;
  /** Where the operator's Lease lives. */
  namespace: string;
  metrics: { host: string; port: number };
  contentHistoryLimit: number;
  buildHistoryLimit: number;
  /** Attempts at one Build before it is marked Failed. */
  buildMaxAttempts: number;
  workers: number;
  /** Unset: the operator runs without publishing events. */
  natsUrl: string | undefined;
  /** The API's form endpoint; a site's forms post to `<formsUrl>/<website uid>`. Unset: mail-app forms. */
  formsUrl: string | undefined;
  /**
   * The key `serve-sites` signs the time it serves a page with a form with (crds/src/form-stamp.ts); the API
   * holds the same one to check a message's fill time. Unset: pages are served with the field empty.
   */
  formStampKey: string | undefined;
}

/**
 * The version Builds are named with: the renderer's, and where forms post, since that is in every page
 * with a form; a new forms URL makes every site build again.
 */
export function rendererVersionFor(
  config: Pick<OperatorConfig, 'formsUrl'>,
  rendererVersion: string,
): string {
  if (!config.formsUrl) return rendererVersion;
  return `${rendererVersion}+forms.${createHash('sha256').update(config.formsUrl).digest('hex').slice(0, 8)}`;
}

/** The operator's field manager: what it applies is its own, apart from what the API writes. */
export const OPERATOR_FIELD_MANAGER = 'pagemagic-operator';
export const DEFAULT_REGISTRY = '127.0.0.1:15000';
export const DEFAULT_BASE_REPOSITORY = 'pagemagic/site-base';
export const DEFAULT_BASE_TAG = '1';

/** The operator's environment variables. */
export const OPERATOR_ENV = Type.Object({
  PAGEMAGIC_REGISTRY: Setting.string({
    default: DEFAULT_REGISTRY,
    description: 'host:port of the OCI registry',
  }),
  PAGEMAGIC_BASE_IMAGE: Type.Optional(
    Setting.string({ example: `${DEFAULT_REGISTRY}/${DEFAULT_BASE_REPOSITORY}:${DEFAULT_BASE_TAG}` }),
  ),
  PAGEMAGIC_SITE_HOST_PATTERN: Setting.string({ default: '{name}-{namespace}.{baseDomain}' }),
  PAGEMAGIC_SITE_BASE_DOMAIN: Setting.string({ default: 'sites.pagemagic.localhost' }),
  PAGEMAGIC_SITE_URL_SCHEME: Setting.oneOf(['https', 'http'], { default: 'https' }),
  PAGEMAGIC_SITE_URL_PORT: Type.Optional(Setting.integer({ minimum: 1, maximum: 65535, example: '18088' })),
  PAGEMAGIC_INGRESS_CLASS: Type.Optional(Setting.string({ example: 'traefik' })),
  PAGEMAGIC_SITE_TLS_SECRET: Setting.string({ default: 'pagemagic-sites-tls' }),
  PAGEMAGIC_EXECUTOR: Setting.oneOf(['inline', 'job'], { default: 'inline' }),
  PAGEMAGIC_OPERATOR_IMAGE: Setting.string({ default: 'ghcr.io/pagemagic/operator:latest' }),
  PAGEMAGIC_JOB_SERVICE_ACCOUNT: Setting.string({ default: 'pagemagic-generator' }),
  PAGEMAGIC_REGISTRY_SECRET: Type.Optional(
    Setting.string({
      example: 'pagemagic-registry',
      description:
        "a kubernetes.io/dockerconfigjson Secret in the operator's namespace: registry credentials for pushes, and the imagePullSecret of site and generation pods",
    }),
  ),
  PAGEMAGIC_INSECURE_REGISTRIES: Setting.list({
    example: 'registry.pagemagic-system.svc:5000',
    description:
      'registries (host:port, comma-separated) reached over plain HTTP; unset, only loopback ones are',
  }),
  PAGEMAGIC_NAMESPACE: Setting.string({ default: 'pagemagic-system' }),
  PAGEMAGIC_METRICS_ADDR: Setting.custom(parseListenAddress, {
    default: '127.0.0.1:8080',
    example: '127.0.0.1:8080',
  }),
  PAGEMAGIC_CONTENT_HISTORY_LIMIT: Setting.integer({ minimum: 1, default: 10 }),
  PAGEMAGIC_BUILD_HISTORY_LIMIT: Setting.integer({ minimum: 1, default: 10 }),
  PAGEMAGIC_BUILD_MAX_ATTEMPTS: Setting.integer({ minimum: 1, default: 5 }),
  PAGEMAGIC_WORKERS: Setting.integer({ minimum: 1, default: 2 }),
  NATS_URL: Type.Optional(Setting.string({ example: 'nats://127.0.0.1:14222' })),
  PAGEMAGIC_FORMS_URL: Type.Optional(
    Setting.string({
      example: 'https://api.pagemagic.example/forms',
      description:
        "where sites' contact forms post (the API's /forms); unset, a form opens the visitor's mail app",
    }),
  ),
  PAGEMAGIC_FORM_STAMP_KEY: Type.Optional(
    Setting.string({
      example: 'a random secret of 32 characters or more, the same as the API has',
      description:
        'the key serve-sites signs the time it serves a contact form with, shared with the API (PAGEMAGIC_FORM_STAMP_KEY there)',
    }),
  ),
});

/** Throws a ConfigError naming every variable that is wrong. */
export function configFromEnv(env: Env = process.env): OperatorConfig {
  const values = readEnv(OPERATOR_ENV, env);
  const registry = values.PAGEMAGIC_REGISTRY;
  return {
    registry,
    baseImage: values.PAGEMAGIC_BASE_IMAGE ?? `${registry}/${DEFAULT_BASE_REPOSITORY}:${DEFAULT_BASE_TAG}`,
    baseImageIsDefault: values.PAGEMAGIC_BASE_IMAGE === undefined,
    siteHostPattern: values.PAGEMAGIC_SITE_HOST_PATTERN,
    siteBaseDomain: values.PAGEMAGIC_SITE_BASE_DOMAIN,
    siteUrlScheme: values.PAGEMAGIC_SITE_URL_SCHEME,
    siteUrlPort: values.PAGEMAGIC_SITE_URL_PORT,
    ingressClassName: values.PAGEMAGIC_INGRESS_CLASS,
    siteTlsSecret: values.PAGEMAGIC_SITE_TLS_SECRET,
    executor: values.PAGEMAGIC_EXECUTOR,
    operatorImage: values.PAGEMAGIC_OPERATOR_IMAGE,
    registrySecret: values.PAGEMAGIC_REGISTRY_SECRET,
    insecureRegistries:
      values.PAGEMAGIC_INSECURE_REGISTRIES.length > 0 ? values.PAGEMAGIC_INSECURE_REGISTRIES : undefined,
    jobServiceAccount: values.PAGEMAGIC_JOB_SERVICE_ACCOUNT,
    namespace: values.PAGEMAGIC_NAMESPACE,
    metrics: values.PAGEMAGIC_METRICS_ADDR,
    contentHistoryLimit: values.PAGEMAGIC_CONTENT_HISTORY_LIMIT,
    buildHistoryLimit: values.PAGEMAGIC_BUILD_HISTORY_LIMIT,
    buildMaxAttempts: values.PAGEMAGIC_BUILD_MAX_ATTEMPTS,
    workers: values.PAGEMAGIC_WORKERS,
    natsUrl: values.NATS_URL,
    formsUrl: values.PAGEMAGIC_FORMS_URL?.replace(/\/+$/, ''),
    formStampKey: values.PAGEMAGIC_FORM_STAMP_KEY,
  };
}
