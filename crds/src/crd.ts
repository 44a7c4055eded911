import type { TSchema } from '@sinclair/typebox';
import { GROUP, type KindDefinition, VERSION } from './meta.ts';

type JsonSchema = { [key: string]: unknown };

/** Keywords of TypeBox's JSON Schema that have no place in a Kubernetes structural schema. */
const DROPPED_KEYWORDS = new Set([
  '$id',
  '$schema',
  'examples',
  'additionalProperties',
  'patternProperties',
  'anyOf',
]);

/**
 * Rewrites a TypeBox schema into the structural OpenAPI v3 subset the API server accepts:
 * `const` becomes a one-value enum, unions of string literals become enums, records become
 * `additionalProperties`, and `additionalProperties: false` goes (structural schemas prune instead).
 */
export function toStructuralSchema(schema: TSchema | JsonSchema): JsonSchema {
  // JSON round trip sheds TypeBox's symbol-keyed metadata.
  const plain = JSON.parse(JSON.stringify(schema)) as JsonSchema;
  return rewrite(plain);
}

function rewrite(node: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([name, child]) => [name, rewrite(child)]),
      );
    } else if (key === 'items') {
      out.items = rewrite(value as JsonSchema);
    } else if (key === 'const') {
      out.enum = [value];
    } else {
      out[key] = value;
    }
  }
  if (Array.isArray(node.anyOf)) {
    const branches = node.anyOf as JsonSchema[];
    if (!branches.every((branch) => 'const' in branch)) {
      throw new Error(`structural schemas cannot express this union: ${JSON.stringify(node.anyOf)}`);
    }
    out.type = typeof branches[0]?.const === 'number' ? 'number' : 'string';
    out.enum = branches.map((branch) => branch.const);
  }
  const patternProperties = node.patternProperties as Record<string, JsonSchema> | undefined;
  if (patternProperties) {
    const [valueSchema] = Object.values(patternProperties);
    if (valueSchema) out.additionalProperties = rewrite(valueSchema);
  } else if (typeof node.additionalProperties === 'object' && node.additionalProperties !== null) {
    out.additionalProperties = rewrite(node.additionalProperties as JsonSchema);
  }
  return out;
}

export interface CustomResourceDefinition {
  apiVersion: 'apiextensions.k8s.io/v1';
  kind: 'CustomResourceDefinition';
  metadata: { name: string };
  spec: JsonSchema;
}

export function customResourceDefinition(definition: KindDefinition): CustomResourceDefinition {
  const openAPIV3Schema: JsonSchema = {
    type: 'object',
    description: `${definition.kind} is a Page Magic ${definition.singular}.`,
    required: ['spec'],
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      // Declaring metadata.name (without restrictions of its own) lets object rules point their errors at it.
      metadata: { type: 'object', properties: { name: { type: 'string' } } },
      spec: {
        description: `What the ${definition.singular} should be.`,
        ...toStructuralSchema(definition.spec),
      },
      status: {
        description: `What the operator has made of the ${definition.singular} so far.`,
        ...toStructuralSchema(definition.status),
      },
    },
  };
  if (definition.objectRules?.length) openAPIV3Schema['x-kubernetes-validations'] = definition.objectRules;
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${definition.plural}.${GROUP}` },
    spec: {
      group: GROUP,
      names: {
        kind: definition.kind,
        listKind: `${definition.kind}List`,
        plural: definition.plural,
        singular: definition.singular,
        shortNames: definition.shortNames,
        categories: ['pagemagic'],
      },
      scope: definition.scope ?? 'Namespaced',
      versions: [
        {
          name: VERSION,
          served: true,
          storage: true,
          subresources: { status: {} },
          additionalPrinterColumns: definition.printerColumns,
          schema: { openAPIV3Schema },
        },
      ],
    },
  };
}
