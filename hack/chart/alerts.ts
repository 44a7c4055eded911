// The alert rules, as a Prometheus rules file: charts/pagemagic/files/alerts.yaml (the chart's
// PrometheusRule carries its groups), checked with `promtool check rules` and unit-tested with
// `promtool test rules` against ALERT_TESTS (hack/test/chart-alerts.int.test.ts). Series are selected by
// the `component` label, as in the dashboards.

export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: { severity: 'critical' | 'warning' };
  annotations: { summary: string; description: string; runbook: string };
}

export interface RuleGroup {
  name: string;
  rules: AlertRule[];
}

const op = 'component="operator"';
const api = 'component="api"';

/** The durable consumer the API reads operator events with, and its dead-letter stream (api/src/events/settings.ts). */
export const EVENTS_DURABLE = 'pagemagic-api';
const EVENTS_DLQ_STREAM = 'PAGEMAGIC_EVENTS_DLQ';

export const RULE_GROUPS: RuleGroup[] = [
  {
    name: 'pagemagic-operator',
    rules: [
      {
        alert: 'PagemagicOperatorAbsent',
        expr: `absent(up{${op}} == 1)`,
        for: '5m',
        labels: { severity: 'critical' },
        annotations: {
          summary: 'No Page Magic operator is running',
          description:
            'Prometheus has reached no operator replica for 5 minutes: no Website, Build or Domain is reconciled.',
          runbook:
            'kubectl -n <release namespace> get pods -l app.kubernetes.io/component=operator; read the logs of a pod that is not Ready.',
        },
      },
      {
        alert: 'PagemagicOperatorNoLeader',
        expr: `sum(leader_election_master_status{${op}}) < 1`,
        for: '5m',
        labels: { severity: 'critical' },
        annotations: {
          summary: 'No operator replica holds the Lease',
          description: 'Operator replicas are up but none has led for 5 minutes, so nothing is reconciled.',
          runbook:
            'kubectl -n <release namespace> get lease pagemagic-operator -o yaml: a holder that no longer exists means the replicas cannot renew it (RBAC on leases, API server reachability).',
        },
      },
      {
        alert: 'PagemagicReconcileErrors',
        expr: `sum by (controller) (rate(controller_runtime_reconcile_errors_total{${op}}[10m])) / sum by (controller) (rate(controller_runtime_reconcile_total{${op}}[10m])) > 0.1`,
        for: '15m',
        labels: { severity: 'warning' },
        annotations: {
          summary:
            'The {{ $labels.controller }} controller fails {{ $value | humanizePercentage }} of its reconciles',
          description:
            'More than 10 % of {{ $labels.controller }} reconciles have ended in an error for 15 minutes.',
          runbook:
            "kubectl get events -A --field-selector reason!=Normal; the operator's logs name each failing object and its error.",
        },
      },
      {
        alert: 'PagemagicWorkQueueStalled',
        expr: `(sum by (name) (workqueue_depth{${op}}) > 0) and on (name) (sum by (name) (rate(workqueue_work_duration_seconds_count{${op}}[10m])) == 0)`,
        for: '10m',
        labels: { severity: 'critical' },
        annotations: {
          summary: 'The {{ $labels.name }} work queue has keys waiting and finishes none',
          description:
            'Keys have waited in the {{ $labels.name }} queue for 10 minutes while no reconcile finished: the workers are stuck.',
          runbook:
            'Look at workqueue_longest_running_processor_seconds on the Operator dashboard; restart the leading replica if one reconcile never returns.',
        },
      },
      {
        alert: 'PagemagicBuildFailures',
        expr: `sum(rate(controller_runtime_reconcile_total{${op},controller="build",result="error"}[30m])) / sum(rate(controller_runtime_reconcile_total{${op},controller="build"}[30m])) > 0.2`,
        for: '15m',
        labels: { severity: 'warning' },
        annotations: {
          summary: '{{ $value | humanizePercentage }} of Build attempts fail',
          description: 'More than 20 % of Build attempts (render and push) have failed for 15 minutes.',
          runbook:
            'kubectl get builds -A shows Failed ones and their message; the registry (credentials, space) is the usual cause.',
        },
      },
      {
        alert: 'PagemagicCertificateExpiring',
        expr: 'certmanager_certificate_expiration_timestamp_seconds{namespace=~"pm-.*"} - time() < 14 * 86400',
        for: '1h',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'The certificate {{ $labels.namespace }}/{{ $labels.name }} expires within 14 days',
          description:
            'A custom domain certificate has not been renewed and expires in {{ $value | humanizeDuration }}.',
          runbook:
            'kubectl -n {{ $labels.namespace }} describe certificate {{ $labels.name }}; an ACME challenge that fails shows there.',
        },
      },
    ],
  },
  {
    name: 'pagemagic-api',
    rules: [
      {
        alert: 'PagemagicApiAbsent',
        expr: `absent(up{${api}} == 1)`,
        for: '5m',
        labels: { severity: 'critical' },
        annotations: {
          summary: 'No Page Magic API replica is running',
          description:
            'Prometheus has reached no API replica for 5 minutes: the web app, CLI and mobile app are down.',
          runbook:
            'kubectl -n <release namespace> get pods -l app.kubernetes.io/component=api, then the logs.',
        },
      },
      {
        alert: 'PagemagicApiErrors',
        expr: `sum(rate(http_requests_total{${api},status=~"5.."}[5m])) / sum(rate(http_requests_total{${api}}[5m])) > 0.05`,
        for: '10m',
        labels: { severity: 'critical' },
        annotations: {
          summary: 'The API answers {{ $value | humanizePercentage }} of requests with a server error',
          description: 'More than 5 % of API answers have been 5xx for 10 minutes.',
          runbook: 'The API dashboard\'s "Errors by route" names the routes; the logs carry each error.',
        },
      },
      {
        alert: 'PagemagicApiSlow',
        expr: `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{${api},route!~".*/events"}[5m]))) > 1`,
        for: '10m',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'The API p99 latency is {{ $value | humanizeDuration }}',
          description:
            'The slowest 1 % of API answers (event streams left out) have taken over a second for 10 minutes.',
          runbook:
            'The API dashboard\'s "p99 by route" names the slow routes; PostgreSQL, Redis and the kube-apiserver are the usual causes.',
        },
      },
      {
        alert: 'PagemagicEventsDeadLettered',
        expr: `sum(increase(pagemagic_api_events_total{${api},outcome="dead_lettered"}[15m])) > 0`,
        for: '0m',
        labels: { severity: 'warning' },
        annotations: {
          summary: '{{ $value }} operator event(s) moved to the dead-letter stream in 15 minutes',
          description:
            'The API could not record some events after every retry; their activity rows are missing.',
          runbook: `nats stream view ${EVENTS_DLQ_STREAM} shows each dead letter with its Pagemagic-Error header; fix the cause, then republish.`,
        },
      },
      {
        alert: 'PagemagicEventConsumerLag',
        expr: `max(jetstream_consumer_num_pending{consumer_name="${EVENTS_DURABLE}"}) > 1000`,
        for: '15m',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'The API is {{ $value }} operator events behind',
          description:
            "The API's durable consumer has had over 1,000 events pending for 15 minutes (from prometheus-nats-exporter with -jsz=consumers).",
          runbook:
            'Check that API replicas are running and the "Events consumed" panel of the API dashboard shows them being recorded.',
        },
      },
    ],
  },
];

/**
 * Metrics the rules name that neither the operator nor the API exports, each with who does: the test that
 * every named metric is exported skips these and only these.
 */
export const EXTERNAL_METRICS: Record<string, string> = {
  up: 'Prometheus itself, for every target it scrapes',
  certmanager_certificate_expiration_timestamp_seconds:
    'cert-manager, which issues custom domain certificates',
  jetstream_consumer_num_pending: 'prometheus-nats-exporter (-jsz=consumers), beside NATS',
};

/** The rules file promtool checks and the chart's PrometheusRule carries. */
export function rulesFile(): { groups: RuleGroup[] } {
  return { groups: RULE_GROUPS };
}

function rule(alert: string): AlertRule {
  const found = RULE_GROUPS.flatMap((group) => group.rules).find((candidate) => candidate.alert === alert);
  if (!found) throw new Error(`no alert rule ${alert}`);
  return found;
}

/**
 * One alert promtool must see firing: its labels, and its annotations as Prometheus renders them (the
 * rule's own text, with the templated parts given here as they come out).
 */
function firing(
  alert: string,
  labels: Record<string, string>,
  rendered: Partial<AlertRule['annotations']> = {},
) {
  const { annotations, labels: ruleLabels } = rule(alert);
  return { exp_labels: { ...ruleLabels, ...labels }, exp_annotations: { ...annotations, ...rendered } };
}

/** promtool unit tests: each alert fires on the series that should wake someone, and not on healthy ones. */
export function alertTests(rulesPath: string): unknown {
  const operator = (extra = '') => `{component="operator",instance="op-0"${extra}}`;
  const api = (extra: string) => `{component="api",instance="api-0"${extra}}`;
  return {
    rule_files: [rulesPath],
    evaluation_interval: '1m',
    tests: [
      {
        name: 'operator absent, then back',
        interval: '1m',
        input_series: [{ series: 'up{component="operator",instance="op-0"}', values: '0x10 1x10' }],
        alert_rule_test: [
          { eval_time: '3m', alertname: 'PagemagicOperatorAbsent', exp_alerts: [] },
          {
            eval_time: '8m',
            alertname: 'PagemagicOperatorAbsent',
            exp_alerts: [firing('PagemagicOperatorAbsent', {})],
          },
          { eval_time: '18m', alertname: 'PagemagicOperatorAbsent', exp_alerts: [] },
        ],
      },
      {
        name: 'no leader',
        interval: '1m',
        input_series: [
          {
            series: `leader_election_master_status${operator(',name="pagemagic-operator"')}`,
            values: '0x10',
          },
          {
            series:
              'leader_election_master_status{component="operator",instance="op-1",name="pagemagic-operator"}',
            values: '0x10',
          },
        ],
        alert_rule_test: [
          { eval_time: '3m', alertname: 'PagemagicOperatorNoLeader', exp_alerts: [] },
          {
            eval_time: '7m',
            alertname: 'PagemagicOperatorNoLeader',
            exp_alerts: [firing('PagemagicOperatorNoLeader', {})],
          },
        ],
      },
      {
        name: 'one leader is healthy',
        interval: '1m',
        input_series: [
          {
            series: `leader_election_master_status${operator(',name="pagemagic-operator"')}`,
            values: '1x10',
          },
          {
            series:
              'leader_election_master_status{component="operator",instance="op-1",name="pagemagic-operator"}',
            values: '0x10',
          },
        ],
        alert_rule_test: [{ eval_time: '9m', alertname: 'PagemagicOperatorNoLeader', exp_alerts: [] }],
      },
      {
        name: 'reconcile errors by controller',
        interval: '1m',
        input_series: [
          // website: 60 reconciles a minute, half of them errors; build: 60 a minute, none failing.
          {
            series: `controller_runtime_reconcile_total${operator(',controller="website",result="success"')}`,
            values: '0+30x40',
          },
          {
            series: `controller_runtime_reconcile_total${operator(',controller="website",result="error"')}`,
            values: '0+30x40',
          },
          {
            series: `controller_runtime_reconcile_errors_total${operator(',controller="website"')}`,
            values: '0+30x40',
          },
          {
            series: `controller_runtime_reconcile_total${operator(',controller="build",result="success"')}`,
            values: '0+60x40',
          },
          {
            series: `controller_runtime_reconcile_errors_total${operator(',controller="build"')}`,
            values: '0x40',
          },
        ],
        alert_rule_test: [
          { eval_time: '10m', alertname: 'PagemagicReconcileErrors', exp_alerts: [] },
          {
            eval_time: '30m',
            alertname: 'PagemagicReconcileErrors',
            exp_alerts: [
              firing(
                'PagemagicReconcileErrors',
                { controller: 'website' },
                {
                  summary: 'The website controller fails 50% of its reconciles',
                  description: 'More than 10 % of website reconciles have ended in an error for 15 minutes.',
                },
              ),
            ],
          },
        ],
      },
      {
        name: 'work queue stalled, and one that drains',
        interval: '1m',
        input_series: [
          { series: `workqueue_depth${operator(',name="website"')}`, values: '5x30' },
          { series: `workqueue_work_duration_seconds_count${operator(',name="website"')}`, values: '10x30' },
          { series: `workqueue_depth${operator(',name="build"')}`, values: '5x30' },
          { series: `workqueue_work_duration_seconds_count${operator(',name="build"')}`, values: '0+10x30' },
        ],
        alert_rule_test: [
          {
            eval_time: '25m',
            alertname: 'PagemagicWorkQueueStalled',
            exp_alerts: [
              firing(
                'PagemagicWorkQueueStalled',
                { name: 'website' },
                {
                  summary: 'The website work queue has keys waiting and finishes none',
                  description:
                    'Keys have waited in the website queue for 10 minutes while no reconcile finished: the workers are stuck.',
                },
              ),
            ],
          },
        ],
      },
      {
        name: 'builds failing',
        interval: '1m',
        input_series: [
          {
            series: `controller_runtime_reconcile_total${operator(',controller="build",result="error"')}`,
            values: '0+2x60',
          },
          {
            series: `controller_runtime_reconcile_total${operator(',controller="build",result="success"')}`,
            values: '0+3x60',
          },
        ],
        alert_rule_test: [
          {
            eval_time: '40m',
            alertname: 'PagemagicBuildFailures',
            exp_alerts: [firing('PagemagicBuildFailures', {}, { summary: '40% of Build attempts fail' })],
          },
        ],
      },
      {
        name: 'builds mostly succeed',
        interval: '1m',
        input_series: [
          {
            series: `controller_runtime_reconcile_total${operator(',controller="build",result="error"')}`,
            values: '0+1x60',
          },
          {
            series: `controller_runtime_reconcile_total${operator(',controller="build",result="success"')}`,
            values: '0+9x60',
          },
        ],
        alert_rule_test: [{ eval_time: '40m', alertname: 'PagemagicBuildFailures', exp_alerts: [] }],
      },
      {
        name: 'certificate expiring within 14 days, and one that is not',
        interval: '1m',
        input_series: [
          // Expiry stamps in seconds from the test's start: 10 days and 60 days away.
          {
            series: 'certmanager_certificate_expiration_timestamp_seconds{namespace="pm-abc",name="www"}',
            values: '864000x120',
          },
          {
            series: 'certmanager_certificate_expiration_timestamp_seconds{namespace="pm-abc",name="shop"}',
            values: '5184000x120',
          },
        ],
        alert_rule_test: [
          {
            eval_time: '90m',
            alertname: 'PagemagicCertificateExpiring',
            exp_alerts: [
              firing(
                'PagemagicCertificateExpiring',
                { namespace: 'pm-abc', name: 'www' },
                {
                  summary: 'The certificate pm-abc/www expires within 14 days',
                  description:
                    'A custom domain certificate has not been renewed and expires in 9d 22h 30m 0s.',
                  runbook:
                    'kubectl -n pm-abc describe certificate www; an ACME challenge that fails shows there.',
                },
              ),
            ],
          },
        ],
      },
      {
        name: 'API absent',
        interval: '1m',
        input_series: [{ series: 'up{component="api",instance="api-0"}', values: '0x10' }],
        alert_rule_test: [
          {
            eval_time: '7m',
            alertname: 'PagemagicApiAbsent',
            exp_alerts: [firing('PagemagicApiAbsent', {})],
          },
        ],
      },
      {
        name: 'API 5xx ratio',
        interval: '1m',
        input_series: [
          {
            series: `http_requests_total${api(',method="GET",route="/api/v1/sites",status="500"')}`,
            values: '0+10x30',
          },
          {
            series: `http_requests_total${api(',method="GET",route="/api/v1/sites",status="200"')}`,
            values: '0+90x30',
          },
        ],
        alert_rule_test: [
          {
            eval_time: '20m',
            alertname: 'PagemagicApiErrors',
            exp_alerts: [
              firing(
                'PagemagicApiErrors',
                {},
                { summary: 'The API answers 10% of requests with a server error' },
              ),
            ],
          },
        ],
      },
      {
        name: 'API 5xx rare',
        interval: '1m',
        input_series: [
          {
            series: `http_requests_total${api(',method="GET",route="/api/v1/sites",status="500"')}`,
            values: '0+1x30',
          },
          {
            series: `http_requests_total${api(',method="GET",route="/api/v1/sites",status="200"')}`,
            values: '0+99x30',
          },
        ],
        alert_rule_test: [{ eval_time: '20m', alertname: 'PagemagicApiErrors', exp_alerts: [] }],
      },
      {
        name: 'API p99 latency, event streams left out',
        interval: '1m',
        input_series: [
          // Ordinary answers take 1-5 s; the event stream's hour-long answers do not count.
          {
            series: `http_request_duration_seconds_bucket${api(',route="/api/v1/sites",le="1"')}`,
            values: '0x30',
          },
          {
            series: `http_request_duration_seconds_bucket${api(',route="/api/v1/sites",le="5"')}`,
            values: '0+60x30',
          },
          {
            series: `http_request_duration_seconds_bucket${api(',route="/api/v1/sites",le="+Inf"')}`,
            values: '0+60x30',
          },
          {
            series: `http_request_duration_seconds_bucket${api(',route="/api/v1/sites/:siteId/events",le="1"')}`,
            values: '0x30',
          },
          {
            series: `http_request_duration_seconds_bucket${api(',route="/api/v1/sites/:siteId/events",le="+Inf"')}`,
            values: '0+60x30',
          },
        ],
        alert_rule_test: [
          {
            eval_time: '20m',
            alertname: 'PagemagicApiSlow',
            exp_alerts: [firing('PagemagicApiSlow', {}, { summary: 'The API p99 latency is 4.96s' })],
          },
        ],
      },
      {
        name: 'API fast, slow event streams only',
        interval: '1m',
        input_series: [
          {
            series: `http_request_duration_seconds_bucket${api(',route="/api/v1/sites",le="0.1"')}`,
            values: '0+60x30',
          },
          {
            series: `http_request_duration_seconds_bucket${api(',route="/api/v1/sites",le="+Inf"')}`,
            values: '0+60x30',
          },
          {
            series: `http_request_duration_seconds_bucket${api(',route="/api/v1/sites/:siteId/events",le="1"')}`,
            values: '0x30',
          },
          {
            series: `http_request_duration_seconds_bucket${api(',route="/api/v1/sites/:siteId/events",le="+Inf"')}`,
            values: '0+60x30',
          },
        ],
        alert_rule_test: [{ eval_time: '20m', alertname: 'PagemagicApiSlow', exp_alerts: [] }],
      },
      {
        name: 'dead letters',
        interval: '1m',
        input_series: [
          {
            series: `pagemagic_api_events_total${api(',type="build.succeeded",outcome="dead_lettered"')}`,
            values: '0x5 1x10',
          },
        ],
        alert_rule_test: [
          { eval_time: '4m', alertname: 'PagemagicEventsDeadLettered', exp_alerts: [] },
          {
            eval_time: '8m',
            alertname: 'PagemagicEventsDeadLettered',
            exp_alerts: [
              firing(
                'PagemagicEventsDeadLettered',
                {},
                {
                  summary: '1 operator event(s) moved to the dead-letter stream in 15 minutes',
                },
              ),
            ],
          },
        ],
      },
      {
        name: 'consumer lag',
        interval: '1m',
        input_series: [
          {
            series: `jetstream_consumer_num_pending{consumer_name="${EVENTS_DURABLE}",stream_name="PAGEMAGIC_EVENTS"}`,
            values: '5000x30',
          },
          {
            series: 'jetstream_consumer_num_pending{consumer_name="someone-else",stream_name="OTHER"}',
            values: '90000x30',
          },
        ],
        alert_rule_test: [
          { eval_time: '10m', alertname: 'PagemagicEventConsumerLag', exp_alerts: [] },
          {
            eval_time: '20m',
            alertname: 'PagemagicEventConsumerLag',
            exp_alerts: [
              firing('PagemagicEventConsumerLag', {}, { summary: 'The API is 5000 operator events behind' }),
            ],
          },
        ],
      },
    ],
  };
}
