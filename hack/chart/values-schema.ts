// The chart's values as a TypeBox schema: the one source for charts/pagemagic/values.yaml (defaults and their
// comments), values.schema.json (which helm checks every install and upgrade against) and the values
// reference in charts/pagemagic/README.md. `node hack/chart/generate.ts` writes all three.

import { type TSchema, Type } from '@sinclair/typebox';

// Every section defaults to {}, so its own defaults fill in when a values file leaves it out (as helm does).
const strict = { additionalProperties: false, default: {} } as const;

/** Kubernetes objects the chart passes through untouched (affinity, tolerations, …). */
const AnyObject = Type.Object({}, { additionalProperties: true });
const StringMap = (description: string) =>
  Type.Record(Type.String(), Type.String(), { default: {}, description });

const Quantity = Type.Union([Type.String(), Type.Number()]);

function resources(description: string, requests: Record<string, string>, limits: Record<string, string>) {
  return Type.Object(
    {
      requests: Type.Record(Type.String(), Quantity, {
        default: requests,
        description: 'what the scheduler reserves (cpu, memory)',
      }),
      limits: Type.Record(Type.String(), Quantity, {
        default: limits,
        description: 'the most a container may use; no CPU limit by default, so it is never throttled',
      }),
    },
    { ...strict, description },
  );
}

function image(repository: string, description: string) {
  return Type.Object(
    {
      repository: Type.String({ minLength: 1, default: repository, description: 'the image repository' }),
      tag: Type.String({
        default: '',
        description: "used when digest is empty; empty: the chart's appVersion",
      }),
      digest: Type.String({
        default: '',
        pattern: '^(sha256:[a-f0-9]{64})?$',
        description: 'sha256:… ; when set the image is pulled as repository@digest and the tag is ignored',
      }),
      pullPolicy: Type.Union([Type.Literal('IfNotPresent'), Type.Literal('Always'), Type.Literal('Never')], {
        default: 'IfNotPresent',
        description: "the containers' imagePullPolicy",
      }),
    },
    { ...strict, description },
  );
}

/** Where a Deployment's pods go and how many of them may be away at once. */
function scheduling() {
  return {
    nodeSelector: StringMap('node labels the pods must run on'),
    tolerations: Type.Array(AnyObject, { default: [], description: 'tolerations of the pods' }),
    affinity: Type.Object(
      {},
      { additionalProperties: true, default: {}, description: 'affinity of the pods' },
    ),
    podAnnotations: StringMap('extra annotations on the pods'),
    extraEnv: Type.Array(
      Type.Object({ name: Type.String({ minLength: 1 }) }, { additionalProperties: true }),
      {
        default: [],
        description:
          'extra container environment variables (name/value or name/valueFrom), e.g. any setting of the README',
      },
    ),
  };
}

function disruptionBudget(minAvailable: number) {
  return Type.Object(
    {
      enabled: Type.Boolean({ default: true, description: 'make the PodDisruptionBudget' }),
      minAvailable: Type.Integer({
        minimum: 0,
        default: minAvailable,
        description: 'pods that must stay up during voluntary disruptions',
      }),
    },
    { ...strict, description: 'a PodDisruptionBudget, so node drains keep this many pods up' },
  );
}

function ingress(host: string, what: string) {
  return Type.Object(
    {
      enabled: Type.Boolean({ default: true, description: `an Ingress for the ${what}` }),
      host: Type.String({ minLength: 1, default: host, description: `the ${what}'s host name` }),
      annotations: StringMap('annotations of the Ingress (e.g. cert-manager.io/cluster-issuer)'),
      tlsSecret: Type.String({
        default: '',
        description:
          "the TLS Secret for the host (cert-manager's ingress-shim fills it); empty: no tls section",
      }),
    },
    { ...strict, description: `how the ${what} is reached` },
  );
}

export const VALUES_SCHEMA = Type.Object(
  {
    nameOverride: Type.String({ default: '', description: "replaces the chart's name in object names" }),
    fullnameOverride: Type.String({ default: '', description: 'the prefix of every object name' }),
    imagePullSecrets: Type.Array(Type.Object({ name: Type.String({ minLength: 1 }) }, strict), {
      default: [],
      description: "Secrets the chart's own pods pull their images with",
    }),
    images: Type.Object(
      {
        operator: image(
          'ghcr.io/pagemagic/pagemagic-operator',
          'the operator (also runs generation Jobs and serve-sites)',
        ),
        api: image('ghcr.io/pagemagic/pagemagic-api', 'the API (also runs the meter)'),
        web: image('ghcr.io/pagemagic/pagemagic-web', 'the web app'),
        static: image('ghcr.io/pagemagic/pagemagic-static', 'the base every site image is built on'),
      },
      { ...strict, description: 'one image per component; install by digest' },
    ),
    crds: Type.Object(
      {
        enabled: Type.Boolean({
          default: true,
          description: 'install Website, Build, Domain and DomainClaim',
        }),
        keep: Type.Boolean({
          default: true,
          description:
            'helm.sh/resource-policy: keep on the CRDs, so helm uninstall leaves them and every Website',
        }),
      },
      { ...strict, description: 'the custom resource definitions' },
    ),
    installLabel: Type.Boolean({
      default: true,
      description:
        'label workspace namespaces pagemagic.dev/install=<release> and reconcile only those, so several installations share a cluster',
    }),
    secrets: Type.Object(
      {
        services: Type.String({
          minLength: 1,
          default: 'pagemagic-services',
          description: 'Secret with DATABASE_URL, REDIS_URL, NATS_URL and SMTP_URL (required)',
        }),
        keys: Type.String({
          default: '',
          description:
            'Secret with PAGEMAGIC_JWT_KEYS, PAGEMAGIC_ENCRYPTION_KEYS, PAGEMAGIC_LOOKUP_KEY and PAGEMAGIC_FORM_STAMP_KEY; empty: the chart makes <release>-keys once and keeps it',
        }),
        ai: Type.String({
          default: '',
          description:
            'Secret with PAGEMAGIC_AI_API_KEY (or OPENAI_API_KEY); empty: the offline generator writes sites',
        }),
        stripe: Type.String({
          default: '',
          description: 'Secret with STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET; empty: no payments',
        }),
        oauth: Type.String({
          default: '',
          description:
            'Secret with PAGEMAGIC_OAUTH_PROVIDERS (Google, GitHub, Apple sign-in); empty: magic links only',
        }),
      },
      {
        ...strict,
        description: 'existing Secrets the settings come from (their keys are the variable names)',
      },
    ),
    ai: Type.Object(
      {
        baseUrl: Type.String({
          default: '',
          description: 'PAGEMAGIC_AI_BASE_URL: any OpenAI-compatible endpoint; empty: OpenAI',
        }),
        model: Type.String({ default: '', description: "PAGEMAGIC_AI_MODEL; empty: the operator's default" }),
      },
      { ...strict, description: 'the model sites are written with, when secrets.ai names a key' },
    ),
    registry: Type.Object(
      {
        host: Type.String({
          default: '',
          description: "host:port site images are pushed to; empty: images.static's registry",
        }),
        secret: Type.String({
          default: '',
          description:
            "a kubernetes.io/dockerconfigjson Secret in the release namespace: push credentials, and site pods' imagePullSecret",
        }),
        insecure: Type.Array(Type.String({ minLength: 1 }), {
          default: [],
          description: 'registries (host:port) reached over plain HTTP',
        }),
      },
      { ...strict, description: 'the OCI registry site images go to' },
    ),
    sites: Type.Object(
      {
        baseDomain: Type.String({
          minLength: 1,
          default: 'sites.pagemagic.example',
          description: "generated site hosts live under it; keep it apart from the app's domain",
        }),
        hostPattern: Type.String({
          minLength: 1,
          default: '{name}-{namespace}.{baseDomain}',
          description: "a site's generated host: {name}, {namespace} and {baseDomain} are filled in",
        }),
        urlScheme: Type.Union([Type.Literal('https'), Type.Literal('http')], {
          default: 'https',
          description: "the scheme of sites' URLs (status.url); http only where nothing terminates TLS",
        }),
        tlsSecret: Type.String({
          default: 'pagemagic-sites-tls',
          description: 'the wildcard certificate Secret for generated hosts',
        }),
      },
      { ...strict, description: 'hosted sites' },
    ),
    ingressClassName: Type.String({
      default: '',
      description:
        "the IngressClass of the API's, web app's and sites' Ingresses; empty: the cluster default",
    }),
    operator: Type.Object(
      {
        replicas: Type.Integer({
          minimum: 1,
          default: 2,
          description: 'one leads (the Lease); the rest stand by',
        }),
        executor: Type.Union([Type.Literal('inline'), Type.Literal('job')], {
          default: 'job',
          description:
            'job: generation and builds run as Kubernetes Jobs of the operator image; inline: in process',
        }),
        workers: Type.Integer({ minimum: 1, default: 2, description: 'concurrent reconciles per kind' }),
        acme: Type.Object(
          {
            directory: Type.String({
              default: 'https://acme-v02.api.letsencrypt.org/directory',
              description: 'ACME directory for custom domains where cert-manager is not installed',
            }),
            email: Type.String({ default: '', description: 'ACME account contact' }),
            issuer: Type.String({
              default: 'ClusterIssuer/letsencrypt',
              description:
                'the cert-manager issuer of custom domain certificates, where cert-manager is installed',
            }),
            dnsServers: Type.Array(Type.String({ minLength: 1 }), {
              default: [],
              description: "host:port resolvers for domain TXT checks; empty: the pod's resolver",
            }),
          },
          { ...strict, description: 'custom domains and their certificates' },
        ),
        resources: resources('requests and limits', { cpu: '100m', memory: '256Mi' }, { memory: '1Gi' }),
        podDisruptionBudget: disruptionBudget(1),
        ...scheduling(),
      },
      { ...strict, description: 'the operator (pagemagic-operator run)' },
    ),
    api: Type.Object(
      {
        replicas: Type.Integer({
          minimum: 1,
          default: 2,
          description: 'each replica migrates at start under an advisory lock, so any number start safely',
        }),
        ingress: ingress('api.pagemagic.example', 'API'),
        publicUrl: Type.String({
          default: '',
          description: 'where clients reach the API; empty: https://<api.ingress.host>',
        }),
        trustedProxies: Type.Array(Type.String({ minLength: 1 }), {
          default: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
          description:
            "addresses whose X-Forwarded-For is believed: the ingress controller's and the web app's pods (the NetworkPolicy lets nothing else reach the API)",
        }),
        corsOrigins: Type.Array(Type.String({ minLength: 1 }), {
          default: [],
          description: 'origins allowed by CORS',
        }),
        mailFrom: Type.String({
          default: 'Page Magic <no-reply@pagemagic.example>',
          description: 'sender of login links',
        }),
        resources: resources('requests and limits', { cpu: '100m', memory: '256Mi' }, { memory: '1Gi' }),
        podDisruptionBudget: disruptionBudget(1),
        ...scheduling(),
      },
      { ...strict, description: 'the API (pagemagic-api serve)' },
    ),
    web: Type.Object(
      {
        replicas: Type.Integer({ minimum: 1, default: 2, description: 'web servers; they keep no state' }),
        ingress: ingress('app.pagemagic.example', 'web app'),
        resources: resources('requests and limits', { cpu: '100m', memory: '192Mi' }, { memory: '768Mi' }),
        podDisruptionBudget: disruptionBudget(1),
        ...scheduling(),
      },
      { ...strict, description: 'the web app (Next.js)' },
    ),
    meter: Type.Object(
      {
        enabled: Type.Boolean({
          default: true,
          description: 'roll metered usage up from Prometheus for billing',
        }),
        prometheusUrl: Type.String({
          minLength: 1,
          default: 'http://prometheus-operated.monitoring.svc:9090',
          description: 'the Prometheus that scrapes this installation',
        }),
        intervalSeconds: Type.Integer({
          minimum: 1,
          default: 3600,
          description: 'how often usage is rolled up (PAGEMAGIC_METER_INTERVAL_SECONDS)',
        }),
        resources: resources('requests and limits', { cpu: '20m', memory: '128Mi' }, { memory: '512Mi' }),
        ...scheduling(),
      },
      { ...strict, description: 'the meter (pagemagic-api meter); one replica: it holds an advisory lock' },
    ),
    serveSites: Type.Object(
      {
        enabled: Type.Boolean({
          default: true,
          description:
            'serve every site from one pool (pagemagic-operator serve-sites) and count its traffic',
        }),
        replicas: Type.Integer({
          minimum: 1,
          default: 2,
          description: 'site servers; each serves every site',
        }),
        cacheMib: Type.Integer({
          minimum: 1,
          default: 256,
          description: 'site files kept in memory per replica',
        }),
        ingress: Type.Object(
          {
            enabled: Type.Boolean({
              default: false,
              description: 'a wildcard Ingress *.<sites.baseDomain> to the pool',
            }),
            annotations: StringMap('annotations of the Ingress'),
          },
          strict,
        ),
        resources: resources('requests and limits', { cpu: '50m', memory: '384Mi' }, { memory: '1Gi' }),
        podDisruptionBudget: disruptionBudget(1),
        ...scheduling(),
      },
      { ...strict, description: 'the shared site server' },
    ),
    networkPolicy: Type.Object(
      {
        enabled: Type.Boolean({ default: true, description: "NetworkPolicies in front of the chart's pods" }),
        metricsFrom: Type.Array(AnyObject, {
          default: [],
          description:
            'NetworkPolicy peers allowed to scrape /metrics (e.g. the monitoring namespace); empty: any pod',
        }),
      },
      { ...strict, description: 'who may reach what' },
    ),
    monitoring: Type.Object(
      {
        serviceMonitors: Type.Boolean({
          default: true,
          description:
            'ServiceMonitor and PodMonitors where the Prometheus Operator is installed (prometheus.io annotations otherwise)',
        }),
        prometheusRules: Type.Boolean({ default: true, description: 'the alert rules, as a PrometheusRule' }),
        interval: Type.String({
          default: '30s',
          pattern: '^[0-9]+(ms|s|m|h)$',
          description: 'scrape interval',
        }),
        labels: StringMap(
          'labels on the monitors and rules, for your Prometheus selector (e.g. release: kube-prometheus-stack)',
        ),
        dashboards: Type.Object(
          {
            enabled: Type.Boolean({ default: true, description: 'the Grafana dashboards, as ConfigMaps' }),
            labels: Type.Record(Type.String(), Type.String(), {
              default: { grafana_dashboard: '1' },
              description: "labels Grafana's dashboard sidecar looks for",
            }),
            annotations: StringMap('annotations, e.g. grafana_folder for the sidecar'),
          },
          strict,
        ),
      },
      { ...strict, description: 'Prometheus and Grafana' },
    ),
  },
  { ...strict, title: 'Values of the pagemagic chart' },
);

export type ValuesSchema = typeof VALUES_SCHEMA;

/** JSON Schema properties of an object schema, in declaration order. */
export function propertiesOf(schema: TSchema): Array<[string, TSchema]> {
  return Object.entries((schema as { properties?: Record<string, TSchema> }).properties ?? {});
}
