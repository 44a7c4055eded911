// The chart's generated files are current (each has one source: the values schema, crds/, the RBAC roles,
// the dashboards and alerts in TypeScript), the values files agree with the schema, and the PromQL reader
// the metrics test relies on finds exactly the metrics an expression selects.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { alertTests, RULE_GROUPS } from '../chart/alerts.ts';
import { chartDir, renderChartFiles } from '../chart/generate.ts';
import { declaredMetrics, isExported, metricNames } from '../chart/promql-metrics.ts';
import { defaultValues } from '../chart/values-files.ts';
import { VALUES_SCHEMA } from '../chart/values-schema.ts';

const HOW_TO_UPDATE = 'regenerate with: node hack/chart/generate.ts (or make chart)';

describe('the generated parts of charts/pagemagic', () => {
  for (const [file, text] of renderChartFiles()) {
    it(`${file} is current`, () => {
      const onDisk = readFileSync(join(chartDir, file), 'utf8');
      expect(onDisk === text, `charts/pagemagic/${file} is stale: ${HOW_TO_UPDATE}`).toBe(true);
    });
  }

  it('has no CRD template whose source is gone', () => {
    const generated = new Set(
      [...renderChartFiles().keys()].filter((file) => file.startsWith('templates/crds/')),
    );
    const present = readdirSync(join(chartDir, 'templates', 'crds')).map((file) => `templates/crds/${file}`);
    expect(present.sort()).toEqual([...generated].sort());
  });

  it('ships values.yaml equal to the schema defaults', () => {
    const values = parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8'));
    expect(values).toEqual(defaultValues());
    expect(Value.Check(VALUES_SCHEMA, values)).toBe(true);
  });
});

describe('the ci values files', () => {
  const dir = join(chartDir, 'ci');
  const files = readdirSync(dir).filter((file) => file.endsWith('.yaml'));

  it('are there, several of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(`${file} is allowed by the schema`, () => {
      const given = parse(readFileSync(join(dir, file), 'utf8'));
      const merged = Value.Default(VALUES_SCHEMA, structuredClone(given));
      expect(
        [...Value.Errors(VALUES_SCHEMA, merged)].map((error) => `${error.path}: ${error.message}`),
      ).toEqual([]);
    });
  }

  it('a value the schema does not know is refused', () => {
    const merged = Value.Default(VALUES_SCHEMA, { operator: { replica: 3 } });
    expect(Value.Check(VALUES_SCHEMA, merged)).toBe(false);
  });
});

describe('metricNames', () => {
  it('finds selectors under functions, aggregations and binary operators', () => {
    expect(
      metricNames(
        'sum by (controller) (rate(controller_runtime_reconcile_errors_total{component="operator"}[10m])) / sum by (controller) (rate(controller_runtime_reconcile_total{component="operator"}[10m])) > 0.1',
      ),
    ).toEqual(['controller_runtime_reconcile_errors_total', 'controller_runtime_reconcile_total']);
  });

  it('leaves out labels, keywords, durations, numbers and Grafana variables', () => {
    expect(
      metricNames(
        'histogram_quantile(0.99, sum by (le, route) (rate(http_request_duration_seconds_bucket{component="api",route!~".*/events"}[$__rate_interval] offset 5m))) > 1e3 and on (name) (workqueue_depth == 0)',
      ),
    ).toEqual(['http_request_duration_seconds_bucket', 'workqueue_depth']);
    expect(metricNames('absent(up{component="operator"} == 1)')).toEqual(['up']);
    expect(metricNames('certmanager_certificate_expiration_timestamp_seconds - time() < 14 * 86400')).toEqual(
      ['certmanager_certificate_expiration_timestamp_seconds'],
    );
  });

  it("reads Grafana's label_values(metric, label) as the metric alone", () => {
    expect(metricNames('label_values(pagemagic_site_requests_total, namespace)')).toEqual([
      'pagemagic_site_requests_total',
    ]);
  });
});

describe('isExported', () => {
  const exported = declaredMetrics(
    '# HELP a_seconds x\n# TYPE a_seconds histogram\na_seconds_bucket{le="1"} 0\n# TYPE b_total counter\nb_total 1\n',
  );

  it("counts a histogram's series as the histogram, and nothing undeclared", () => {
    expect(isExported('a_seconds_bucket', exported)).toBe(true);
    expect(isExported('a_seconds_count', exported)).toBe(true);
    expect(isExported('b_total', exported)).toBe(true);
    expect(isExported('c_total', exported)).toBe(false);
    expect(isExported('b_total_bucket', new Set(['b']))).toBe(false);
  });
});

describe('the alert rules', () => {
  it('each have a promtool unit test', () => {
    const tested = new Set(
      (
        alertTests('alerts.yaml') as { tests: Array<{ alert_rule_test: Array<{ alertname: string }> }> }
      ).tests.flatMap((test) => test.alert_rule_test.map((check) => check.alertname)),
    );
    const alerts = RULE_GROUPS.flatMap((group) => group.rules.map((rule) => rule.alert));
    expect(alerts.filter((alert) => !tested.has(alert))).toEqual([]);
  });
});
