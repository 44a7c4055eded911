// The chart renders and the local kube-apiserver accepts what it renders: `helm lint --strict` with the
// defaults and with each values file under charts/pagemagic/ci/, `helm template` of each applied with
// `kubectl apply --dry-run=server` into a namespace that enforces the restricted Pod Security Standard
// (the CRDs are installed by the test setup, so Websites and the rest are known kinds), and a golden file of
// the default rendering, so every change to what the chart installs shows up in review.

import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { chartPath, ciValuesDir, helm, kubectl, kubectlWithWarnings } from './helpers/helm.ts';

const GOLDEN = new URL('./golden/chart-default.golden', import.meta.url);
const UPDATE_VARIABLE = 'PAGEMAGIC_UPDATE_CHART_GOLDEN';
const HOW_TO_UPDATE = `the default rendering changed; if that is intended: ${UPDATE_VARIABLE}=1 npx vitest run --project integration hack/test/chart-render.int.test.ts`;

const ciFiles = readdirSync(ciValuesDir).filter((file) => file.endsWith('.yaml'));
const namespace = `chart-render-${randomBytes(4).toString('hex')}`;

/** Keys the chart generates at install differ on every rendering; the golden file shows where they go. */
function withoutGeneratedKeys(rendered: string): string {
  return rendered.replace(
    /^( {2}PAGEMAGIC_(?:JWT_KEYS|ENCRYPTION_KEYS|LOOKUP_KEY|FORM_STAMP_KEY)): .*$/gm,
    '$1: <generated at install>',
  );
}

beforeAll(async () => {
  await kubectl(['create', 'namespace', namespace]);
  // Pods that are not restricted are refused, dry run or not, and Deployments and Jobs whose pods would not
  // be get a warning.
  await kubectl([
    'label',
    'namespace',
    namespace,
    'pod-security.kubernetes.io/enforce=restricted',
    'pod-security.kubernetes.io/warn=restricted',
    'pagemagic.dev/test=true',
  ]);
});

afterAll(async () => {
  await kubectl(['delete', 'namespace', namespace, '--wait=false']).catch(() => undefined);
});

describe('helm lint --strict', () => {
  it('passes with the defaults', async () => {
    expect(await helm(['lint', '--strict', chartPath])).toContain('1 chart(s) linted, 0 chart(s) failed');
  });

  for (const file of ciFiles) {
    it(`passes with ci/${file}`, async () => {
      expect(await helm(['lint', '--strict', chartPath, '-f', join(ciValuesDir, file)])).toContain(
        '1 chart(s) linted, 0 chart(s) failed',
      );
    });
  }

  it('refuses a value the schema does not know, naming it', async () => {
    await expect(helm(['template', 'x', chartPath, '--set', 'operator.replica=3'])).rejects.toThrow(
      /additional properties 'replica' not allowed/,
    );
  });
});

describe('helm template | kubectl apply --dry-run=server', () => {
  it('runs where a Deployment that is not restricted draws a warning', async () => {
    const unrestricted = `apiVersion: apps/v1
kind: Deployment
metadata: {name: unrestricted}
spec:
  selector: {matchLabels: {app: unrestricted}}
  template:
    metadata: {labels: {app: unrestricted}}
    spec: {containers: [{name: main, image: example.com/app@sha256:${'0'.repeat(64)}}]}
`;
    const { stderr } = await kubectlWithWarnings(
      ['apply', '--server-side', '--dry-run=server', '-n', namespace, '-f', '-'],
      unrestricted,
    );
    expect(stderr).toMatch(/would violate PodSecurity "restricted/);
  });

  for (const file of ciFiles) {
    it(`the API server accepts every object of ci/${file}`, async () => {
      const rendered = await helm([
        'template',
        'pagemagic',
        chartPath,
        '-n',
        namespace,
        '-f',
        join(ciValuesDir, file),
      ]);
      const kinds = parseAllDocuments(rendered)
        .map((document) => document.toJS() as { kind?: string } | null)
        .filter((object) => object?.kind)
        .map((object) => object?.kind);
      expect(kinds).toContain('Deployment');
      const { stdout, stderr } = await kubectlWithWarnings(
        [
          'apply',
          '--server-side',
          '--force-conflicts',
          '--field-manager=pagemagic-chart-test',
          '--dry-run=server',
          '-n',
          namespace,
          '-f',
          '-',
        ],
        rendered,
      );
      expect(stderr).not.toMatch(/PodSecurity/);
      const applied = stdout.trim().split('\n');
      expect(applied.length).toBe(kinds.length);
      for (const line of applied) expect(line).toMatch(/(serverside-applied|unchanged) \(server dry run\)$/);
    });
  }
});

describe('the default rendering', () => {
  it('matches hack/test/golden/chart-default.golden', async () => {
    const rendered = withoutGeneratedKeys(
      await helm(['template', 'pagemagic', chartPath, '-n', 'pagemagic']),
    );
    if (process.env[UPDATE_VARIABLE] === '1') writeFileSync(GOLDEN, rendered);
    expect(rendered === readFileSync(GOLDEN, 'utf8'), HOW_TO_UPDATE).toBe(true);
  });

  it('makes new keys at install and pins every image of a release by digest when given', async () => {
    const digest = `sha256:${'ab'.repeat(32)}`;
    const rendered = await helm([
      'template',
      'pagemagic',
      chartPath,
      '-n',
      'pagemagic',
      '-f',
      join(ciValuesDir, 'default-values.yaml'),
      '--set',
      `images.web.digest=${digest}`,
    ]);
    expect(rendered).toContain(`image: ghcr.io/pagemagic/pagemagic-web@${digest}`);
    const images = [...rendered.matchAll(/^\s+image: (\S+)$/gm)].map((match) => match[1]);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(/@sha256:[a-f0-9]{64}$/);
    expect(rendered).toMatch(/PAGEMAGIC_JWT_KEYS: ".*BEGIN RSA PRIVATE KEY/);
  });
});
