import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { crdDirectory, renderCrdFiles } from '../src/generate.ts';
import {
  type Build,
  buildKind,
  buildsNewestFirst,
  causeAnnotations,
  causeOf,
  customResourceDefinition,
  formatBytes,
  KINDS,
  toStructuralSchema,
  websiteKind,
} from '../src/index.ts';

describe('generated CRD YAML', () => {
  it.each([...renderCrdFiles()])(
    '%s matches crds/src (run `make crds` if this fails)',
    async (file, expected) => {
      const onDisk = await readFile(join(crdDirectory, file), 'utf8').catch(() => '(missing)');
      expect(onDisk, `crds/${file} is stale: run \`make crds\` and commit the result`).toBe(expected);
    },
  );
});

describe('toStructuralSchema', () => {
  it('turns literal unions into enums and const into a one-value enum', () => {
    const schema = toStructuralSchema(
      Type.Object({
        mode: Type.Union([Type.Literal('light'), Type.Literal('dark')]),
        one: Type.Literal('x'),
      }),
    );
    expect(schema.properties).toEqual({
      mode: { type: 'string', enum: ['light', 'dark'] },
      one: { type: 'string', enum: ['x'] },
    });
  });

  it('drops additionalProperties: false and keeps records as additionalProperties', () => {
    const schema = toStructuralSchema(
      Type.Object({ labels: Type.Record(Type.String(), Type.String()) }, { additionalProperties: false }),
    );
    expect(schema).toEqual({
      type: 'object',
      required: ['labels'],
      properties: { labels: { type: 'object', additionalProperties: { type: 'string' } } },
    });
  });

  it('refuses unions a structural schema cannot express', () => {
    expect(() => toStructuralSchema(Type.Union([Type.String(), Type.Number()]))).toThrow(
      /structural schemas cannot express this union/,
    );
  });
});

describe('customResourceDefinition', () => {
  it('gives every kind a status subresource, the pagemagic category and short names', () => {
    for (const kind of KINDS) {
      const crd = customResourceDefinition(kind);
      const spec = crd.spec as {
        names: { categories: string[]; shortNames: string[] };
        versions: Array<{ subresources: unknown; additionalPrinterColumns: Array<{ name: string }> }>;
      };
      expect(spec.names.categories).toEqual(['pagemagic']);
      expect(spec.names.shortNames.length).toBeGreaterThan(0);
      expect(spec.versions[0]?.subresources).toEqual({ status: {} });
      expect(spec.versions[0]?.additionalPrinterColumns.at(-1)?.name).toBe('Age');
    }
  });

  it('shows why a website is or is not ready, and the Build waiting behind a pin', () => {
    expect(
      websiteKind.printerColumns.filter((column) => !column.priority).map((column) => column.name),
    ).toEqual(['Ready', 'Reason', 'URL', 'Live', 'Latest', 'Age']);
    expect(
      websiteKind.printerColumns.filter((column) => column.priority).map((column) => column.name),
    ).toEqual(['Pinned', 'Generation', 'Observed']);
  });

  it('shows the size of a Build for people, not as a raw integer', () => {
    const size = buildKind.printerColumns.find((column) => column.name === 'Size');
    expect(size).toMatchObject({ type: 'string', jsonPath: '.status.size' });
    expect(
      buildKind.printerColumns.some((column) => column.type === 'integer' && /bytes/.test(column.jsonPath)),
    ).toBe(false);
    expect([formatBytes(512), formatBytes(421_888), formatBytes(3_250_000)]).toEqual([
      '512 B',
      '412.0 KB',
      '3.1 MB',
    ]);
  });

  it('points every object rule at a field, so the API server never reports `<nil>`', () => {
    for (const kind of KINDS)
      for (const rule of kind.objectRules ?? []) expect(rule.fieldPath, rule.rule).toBeTruthy();
  });
});

describe('buildsNewestFirst', () => {
  const build = (name: string, created: string, websiteGeneration?: number): Build => ({
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Build',
    metadata: { name, creationTimestamp: created },
    spec: {
      website: 'bakery',
      contentRevision: `bakery-content-${name}`,
      contentHash: 'c'.repeat(64),
      rendererVersion: '1',
      ...(websiteGeneration === undefined ? {} : { websiteGeneration }),
    },
  });
  const names = (builds: Build[]) => buildsNewestFirst(builds).map((b) => b.metadata.name);

  it('orders two Builds made within one second by the Website generation, not by name', () => {
    const second = '2026-01-01T00:00:01Z';
    expect(names([build('z-first', second, 2), build('a-edit', second, 3)])).toEqual(['a-edit', 'z-first']);
  });

  it('falls back to creation time, then name, for Builds of one generation or made before the field', () => {
    expect(
      names([
        build('b', '2026-01-01T00:00:01Z'),
        build('c', '2026-01-01T00:00:02Z'),
        build('a', '2026-01-01T00:00:01Z'),
        build('d', '2026-01-01T00:00:00Z', 1),
      ]),
    ).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('kubectl explain', () => {
  type Node = { description?: string; properties?: Record<string, Node>; items?: Node };

  /** Every field under spec and status that has no description, as kubectl explain would show it. */
  function undescribed(node: Node, path: string): string[] {
    const own = node.description ? [] : [path];
    const fields = Object.entries(node.properties ?? {}).flatMap(([name, child]) =>
      undescribed(child, `${path}.${name}`),
    );
    const items = Object.entries(node.items?.properties ?? {}).flatMap(([name, child]) =>
      undescribed(child, `${path}[].${name}`),
    );
    return [...own, ...fields, ...items];
  }

  it.each(KINDS.map((kind) => [kind.kind, kind] as const))('describes every field of %s', (_name, kind) => {
    const { versions } = customResourceDefinition(kind).spec as {
      versions: { schema: { openAPIV3Schema: Node } }[];
    };
    const root = versions[0]?.schema.openAPIV3Schema ?? {};
    const missing = ['spec', 'status'].flatMap((part) => undescribed(root.properties?.[part] ?? {}, part));
    expect(missing).toEqual([]);
  });
});

describe('change causes', () => {
  it('round-trips through annotations, and ignores a change this version does not know', () => {
    const annotations = causeAnnotations({ change: 'rollback', by: 'u-1' });
    expect(annotations).toEqual({ 'pagemagic.dev/change': 'rollback', 'pagemagic.dev/changed-by': 'u-1' });
    expect(causeOf(annotations)).toEqual({ change: 'rollback', by: 'u-1' });
    expect(causeOf(causeAnnotations({ change: 'edit' }))).toEqual({ change: 'edit' });
    expect(
      causeOf({ 'pagemagic.dev/change': 'teleport', 'pagemagic.dev/changed-by': 'u-1' }),
    ).toBeUndefined();
    expect(causeOf(undefined)).toBeUndefined();
  });
});
