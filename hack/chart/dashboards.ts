// The Grafana dashboards for the operator, the API and the sites, built with Grafana's foundation SDK and
// written into charts/pagemagic/files/dashboards/ by `node hack/chart/generate.ts` (the chart ships them as
// ConfigMaps for Grafana's dashboard sidecar). Every series is selected by the `component` label, which the
// chart's ServiceMonitor and PodMonitors set from the pods' app.kubernetes.io/component and `make dev`'s
// Prometheus sets on its file_sd targets, so the same dashboards read a cluster and a laptop.

import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import {
  DashboardBuilder,
  DatasourceVariableBuilder,
  QueryVariableBuilder,
  RowBuilder,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder as StatBuilder } from '@grafana/grafana-foundation-sdk/stat';
import { PanelBuilder as TimeseriesBuilder } from '@grafana/grafana-foundation-sdk/timeseries';

// biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's variable syntax, which Grafana fills in.
const DATASOURCE = { type: 'prometheus', uid: '${datasource}' };

interface Query {
  expr: string;
  legend?: string;
}

function target(query: Query, index: number) {
  return new DataqueryBuilder()
    .expr(query.expr)
    .legendFormat(query.legend ?? '__auto')
    .refId(String.fromCharCode(65 + index))
    .datasource(DATASOURCE);
}

function timeseries(title: string, description: string, unit: string, queries: Query[], width = 12) {
  const panel = new TimeseriesBuilder()
    .title(title)
    .description(description)
    .unit(unit)
    .datasource(DATASOURCE)
    .height(8)
    .span(width);
  queries.forEach((query, index) => {
    panel.withTarget(target(query, index));
  });
  return panel;
}

function stat(title: string, description: string, unit: string, query: Query, width = 6) {
  return new StatBuilder()
    .title(title)
    .description(description)
    .unit(unit)
    .datasource(DATASOURCE)
    .height(4)
    .span(width)
    .withTarget(target(query, 0));
}

function dashboard(uid: string, title: string, description: string) {
  return new DashboardBuilder(title)
    .uid(uid)
    .description(description)
    .tags(['pagemagic'])
    .refresh('30s')
    .time({ from: 'now-6h', to: 'now' })
    .timezone('browser')
    .withVariable(new DatasourceVariableBuilder('datasource').label('Data source').type('prometheus'));
}

const rate = '$__rate_interval';
const op = 'component="operator"';
const api = 'component="api"';

function operatorDashboard(): cog.Builder<unknown> {
  return dashboard(
    'pagemagic-operator',
    'Page Magic / Operator',
    'Reconciles, errors, work queues, Builds and leadership of the Page Magic operator',
  )
    .withRow(new RowBuilder('Overview'))
    .withPanel(
      stat('Replicas up', 'Operator processes Prometheus reaches', 'none', {
        expr: `sum(up{${op}})`,
      }),
    )
    .withPanel(
      stat('Leaders', 'Replicas holding the pagemagic-operator Lease: exactly 1 when healthy', 'none', {
        expr: `sum(leader_election_master_status{${op}})`,
      }),
    )
    .withPanel(
      stat('Reconcile errors (1h)', 'Reconciles that ended in an error in the last hour', 'none', {
        expr: `sum(increase(controller_runtime_reconcile_errors_total{${op}}[1h]))`,
      }),
    )
    .withPanel(
      stat('Queued', 'Keys waiting in every work queue', 'none', { expr: `sum(workqueue_depth{${op}})` }),
    )
    .withPanel(
      timeseries('Leader', 'Which replica leads (1) and which stand by (0)', 'none', [
        { expr: `max by (instance) (leader_election_master_status{${op}})`, legend: '{{instance}}' },
      ]),
    )
    .withRow(new RowBuilder('Reconciles'))
    .withPanel(
      timeseries('Reconciles', 'Reconciles per second by controller and result', 'ops', [
        {
          expr: `sum by (controller, result) (rate(controller_runtime_reconcile_total{${op}}[${rate}]))`,
          legend: '{{controller}} {{result}}',
        },
      ]),
    )
    .withPanel(
      timeseries(
        'Reconcile errors',
        'Errors per second by controller (conflicts are requeued, not errors)',
        'ops',
        [
          {
            expr: `sum by (controller) (rate(controller_runtime_reconcile_errors_total{${op}}[${rate}]))`,
            legend: '{{controller}}',
          },
        ],
      ),
    )
    .withPanel(
      timeseries('Reconcile time', 'p50 and p99 of one reconcile, by controller', 's', [
        {
          expr: `histogram_quantile(0.5, sum by (controller, le) (rate(controller_runtime_reconcile_time_seconds_bucket{${op}}[${rate}])))`,
          legend: 'p50 {{controller}}',
        },
        {
          expr: `histogram_quantile(0.99, sum by (controller, le) (rate(controller_runtime_reconcile_time_seconds_bucket{${op}}[${rate}])))`,
          legend: 'p99 {{controller}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Active workers', 'Reconciles running now, by controller', 'none', [
        { expr: `sum by (controller) (controller_runtime_active_workers{${op}})`, legend: '{{controller}}' },
      ]),
    )
    .withRow(new RowBuilder('Work queues'))
    .withPanel(
      timeseries('Queue depth', 'Keys waiting, by queue', 'none', [
        { expr: `sum by (name) (workqueue_depth{${op}})`, legend: '{{name}}' },
      ]),
    )
    .withPanel(
      timeseries('Queue latency', 'p99 time a key waits before a worker takes it', 's', [
        {
          expr: `histogram_quantile(0.99, sum by (name, le) (rate(workqueue_queue_duration_seconds_bucket{${op}}[${rate}])))`,
          legend: '{{name}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Retries', 'Keys put back with backoff, per second', 'ops', [
        { expr: `sum by (name) (rate(workqueue_retries_total{${op}}[${rate}]))`, legend: '{{name}}' },
      ]),
    )
    .withPanel(
      timeseries('Longest running', 'The oldest reconcile still running, by queue', 's', [
        { expr: `max by (name) (workqueue_longest_running_processor_seconds{${op}})`, legend: '{{name}}' },
      ]),
    )
    .withRow(new RowBuilder('Builds'))
    .withPanel(
      timeseries('Build duration', 'p50 and p99 of a Build reconcile (render and push)', 's', [
        {
          expr: `histogram_quantile(0.5, sum by (le) (rate(controller_runtime_reconcile_time_seconds_bucket{${op},controller="build"}[${rate}])))`,
          legend: 'p50',
        },
        {
          expr: `histogram_quantile(0.99, sum by (le) (rate(controller_runtime_reconcile_time_seconds_bucket{${op},controller="build"}[${rate}])))`,
          legend: 'p99',
        },
      ]),
    )
    .withPanel(
      timeseries(
        'Build failures',
        'Build attempts that failed, per second, and their share of Build reconciles',
        'ops',
        [
          {
            expr: `sum(rate(controller_runtime_reconcile_total{${op},controller="build",result="error"}[${rate}]))`,
            legend: 'failed attempts',
          },
          {
            expr: `sum(rate(controller_runtime_reconcile_total{${op},controller="build",result="error"}[${rate}])) / sum(rate(controller_runtime_reconcile_total{${op},controller="build"}[${rate}]))`,
            legend: 'failure ratio',
          },
        ],
      ),
    )
    .withPanel(
      timeseries(
        'Build time spent',
        'Seconds of building per second (all sites): the build-seconds meter',
        's',
        [{ expr: `sum(rate(pagemagic_build_seconds_total{${op}}[${rate}]))`, legend: 'build seconds/s' }],
      ),
    )
    .withPanel(
      timeseries('AI tokens', 'Model tokens spent generating sites, per second, by kind', 'none', [
        { expr: `sum by (kind) (rate(pagemagic_ai_tokens_total{${op}}[${rate}]))`, legend: '{{kind}}' },
      ]),
    )
    .withRow(new RowBuilder('Kubernetes API'))
    .withPanel(
      timeseries('API requests', 'Requests to the kube-apiserver by verb and resource', 'reqps', [
        {
          expr: `sum by (verb, resource) (rate(pagemagic_kube_requests_total{${op}}[${rate}]))`,
          legend: '{{verb}} {{resource}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Failed API requests', 'Requests the kube-apiserver refused or that failed', 'reqps', [
        {
          expr: `sum by (verb, resource, code) (rate(pagemagic_kube_request_failures_total{${op}}[${rate}]))`,
        },
      ]),
    )
    .withPanel(
      timeseries('Informer silence', 'Seconds since each informer last heard from the API server', 's', [
        {
          expr: `max by (resource) (pagemagic_informer_last_event_age_seconds{${op}})`,
          legend: '{{resource}}',
        },
      ]),
    )
    .withPanel(
      timeseries(
        'Relists and watch failures',
        'Informer relists (410 Gone) and failed watches, per second',
        'ops',
        [
          {
            expr: `sum by (resource) (rate(pagemagic_informer_relists_total{${op}}[${rate}]))`,
            legend: 'relist {{resource}}',
          },
          {
            expr: `sum by (resource) (rate(pagemagic_informer_watch_failures_total{${op}}[${rate}]))`,
            legend: 'watch failure {{resource}}',
          },
        ],
      ),
    );
}

function apiDashboard(): cog.Builder<unknown> {
  return dashboard(
    'pagemagic-api',
    'Page Magic / API',
    'Requests, latency, errors by route, sign-ins and rate limits of the Page Magic API',
  )
    .withRow(new RowBuilder('Overview'))
    .withPanel(stat('Replicas up', 'API processes Prometheus reaches', 'none', { expr: `sum(up{${api}})` }))
    .withPanel(
      stat('Requests/s', 'Requests answered per second', 'reqps', {
        expr: `sum(rate(http_requests_total{${api}}[${rate}]))`,
      }),
    )
    .withPanel(
      stat('5xx ratio', 'Share of answers that were server errors', 'percentunit', {
        expr: `sum(rate(http_requests_total{${api},status=~"5.."}[${rate}])) / sum(rate(http_requests_total{${api}}[${rate}]))`,
      }),
    )
    .withPanel(
      stat('Event streams', 'Server-Sent Event streams open now', 'none', {
        expr: `sum(pagemagic_api_sse_streams{${api}})`,
      }),
    )
    .withRow(new RowBuilder('Requests'))
    .withPanel(
      timeseries('Requests by route', 'Requests per second by route pattern', 'reqps', [
        {
          expr: `sum by (method, route) (rate(http_requests_total{${api}}[${rate}]))`,
          legend: '{{method}} {{route}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Requests by status', 'Requests per second by status code', 'reqps', [
        { expr: `sum by (status) (rate(http_requests_total{${api}}[${rate}]))`, legend: '{{status}}' },
      ]),
    )
    .withPanel(
      timeseries('Latency', 'p50, p95 and p99 of every answer', 's', [
        {
          expr: `histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{${api}}[${rate}])))`,
          legend: 'p50',
        },
        {
          expr: `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{${api}}[${rate}])))`,
          legend: 'p95',
        },
        {
          expr: `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{${api}}[${rate}])))`,
          legend: 'p99',
        },
      ]),
    )
    .withPanel(
      timeseries('p99 by route', 'The slowest 1 % of answers, by route pattern', 's', [
        {
          expr: `histogram_quantile(0.99, sum by (method, route, le) (rate(http_request_duration_seconds_bucket{${api}}[${rate}])))`,
          legend: '{{method}} {{route}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Errors by route', 'Server errors (5xx) per second by route pattern', 'reqps', [
        {
          expr: `sum by (method, route, status) (rate(http_requests_total{${api},status=~"5.."}[${rate}]))`,
          legend: '{{method}} {{route}} {{status}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Client errors by route', 'Refusals (4xx) per second by route pattern', 'reqps', [
        {
          expr: `sum by (method, route, status) (rate(http_requests_total{${api},status=~"4.."}[${rate}]))`,
          legend: '{{method}} {{route}} {{status}}',
        },
      ]),
    )
    .withRow(new RowBuilder('Sign-ins and limits'))
    .withPanel(
      timeseries(
        'Sign-ins',
        'Login links asked for, links confirmed, OAuth sign-ins and refreshes, per minute',
        'none',
        [
          {
            expr: `sum(rate(http_requests_total{${api},method="POST",route=~".*/auth/login"}[${rate}])) * 60`,
            legend: 'links asked for',
          },
          {
            expr: `sum(rate(http_requests_total{${api},method="POST",route=~".*/auth/confirm",status=~"2.."}[${rate}])) * 60`,
            legend: 'links confirmed',
          },
          {
            expr: `sum(rate(http_requests_total{${api},route=~".*/auth/oauth/exchange",status=~"2.."}[${rate}])) * 60`,
            legend: 'OAuth sign-ins',
          },
          {
            expr: `sum(rate(http_requests_total{${api},route=~".*/auth/refresh",status=~"2.."}[${rate}])) * 60`,
            legend: 'refreshes',
          },
        ],
      ),
    )
    .withPanel(
      timeseries('Rate-limit hits', 'Requests refused with 429, by budget and what was counted', 'reqps', [
        {
          expr: `sum by (class, scope) (rate(pagemagic_api_rate_limited_total{${api}}[${rate}]))`,
          legend: '{{class}} per {{scope}}',
        },
        {
          expr: `sum by (class, outcome) (rate(pagemagic_api_rate_limit_errors_total{${api}}[${rate}]))`,
          legend: 'unchecked {{class}} ({{outcome}})',
        },
      ]),
    )
    .withRow(new RowBuilder('Events and work'))
    .withPanel(
      timeseries('Events consumed', 'Operator events read from JetStream, by outcome', 'ops', [
        {
          expr: `sum by (outcome) (rate(pagemagic_api_events_total{${api}}[${rate}]))`,
          legend: '{{outcome}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Generations', 'Sites generated and sections regenerated, per minute', 'none', [
        {
          expr: `sum by (kind) (rate(pagemagic_api_generations_total{${api}}[${rate}])) * 60`,
          legend: '{{kind}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Memory', 'Resident memory per API process', 'bytes', [
        { expr: `process_resident_memory_bytes{${api}}`, legend: '{{instance}}' },
      ]),
    )
    .withPanel(
      timeseries('Event loop lag', 'p99 event loop delay per API process', 's', [
        { expr: `nodejs_eventloop_lag_p99_seconds{${api}}`, legend: '{{instance}}' },
      ]),
    );
}

function sitesDashboard(): cog.Builder<unknown> {
  const sites = 'component="serve-sites",namespace=~"$namespace"';
  return dashboard('pagemagic-sites', 'Page Magic / Sites', 'Requests and bytes served for every hosted site')
    .withVariable(
      new QueryVariableBuilder('namespace')
        .label('Workspace namespace')
        .datasource(DATASOURCE)
        .query('label_values(pagemagic_site_requests_total, namespace)')
        .multi(true)
        .includeAll(true)
        .allValue('.*'),
    )
    .withRow(new RowBuilder('All sites'))
    .withPanel(
      stat('Requests/s', 'Requests answered for every site', 'reqps', {
        expr: `sum(rate(pagemagic_site_requests_total{${sites}}[${rate}]))`,
      }),
    )
    .withPanel(
      stat('Bandwidth', 'Response body bytes sent per second', 'Bps', {
        expr: `sum(rate(pagemagic_site_response_bytes_total{${sites}}[${rate}]))`,
      }),
    )
    .withPanel(
      stat('Sites visited (1h)', 'Sites that answered at least one request in the last hour', 'none', {
        expr: `count(sum by (namespace, website) (increase(pagemagic_site_requests_total{${sites}}[1h])) > 0)`,
      }),
    )
    .withPanel(
      stat('Error ratio', 'Share of site answers that were 5xx', 'percentunit', {
        expr: `sum(rate(pagemagic_site_requests_total{${sites},code_class="5xx"}[${rate}])) / sum(rate(pagemagic_site_requests_total{${sites}}[${rate}]))`,
      }),
    )
    .withPanel(
      timeseries('Requests by status class', 'Requests per second for every site, by status class', 'reqps', [
        {
          expr: `sum by (code_class) (rate(pagemagic_site_requests_total{${sites}}[${rate}]))`,
          legend: '{{code_class}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Bytes', 'Response body bytes sent per second', 'Bps', [
        { expr: `sum(rate(pagemagic_site_response_bytes_total{${sites}}[${rate}]))`, legend: 'all sites' },
      ]),
    )
    .withRow(new RowBuilder('Busiest sites'))
    .withPanel(
      timeseries('Top 10 by requests', 'The ten sites answering the most requests', 'reqps', [
        {
          expr: `topk(10, sum by (namespace, website) (rate(pagemagic_site_requests_total{${sites}}[${rate}])))`,
          legend: '{{namespace}}/{{website}}',
        },
      ]),
    )
    .withPanel(
      timeseries('Top 10 by bytes', 'The ten sites sending the most bytes', 'Bps', [
        {
          expr: `topk(10, sum by (namespace, website) (rate(pagemagic_site_response_bytes_total{${sites}}[${rate}])))`,
          legend: '{{namespace}}/{{website}}',
        },
      ]),
    );
}

/** File name (under files/dashboards/) → dashboard JSON. */
export function dashboards(): Map<string, unknown> {
  return new Map<string, unknown>([
    ['pagemagic-operator.json', operatorDashboard().build()],
    ['pagemagic-api.json', apiDashboard().build()],
    ['pagemagic-sites.json', sitesDashboard().build()],
  ]);
}

/** Every PromQL expression of a built dashboard (panel targets and query variables). */
export function dashboardExpressions(built: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.expr === 'string') out.push(record.expr);
      if (record.type === 'query' && typeof record.query === 'string') out.push(record.query);
      for (const value of Object.values(record)) visit(value);
    }
  };
  visit(built);
  return out;
}
