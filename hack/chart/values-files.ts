// values.yaml, values.schema.json and the README's values reference, each written from VALUES_SCHEMA.

import { Value } from '@sinclair/typebox/value';
import { stringify } from 'yaml';
import { VALUES_SCHEMA } from './values-schema.ts';

type Node = {
  type?: string;
  description?: string;
  default?: unknown;
  properties?: Record<string, Node>;
  anyOf?: Node[];
  const?: unknown;
  items?: Node;
  patternProperties?: Record<string, Node>;
  minLength?: number;
};

/** An object with named properties (not a map of free keys): written as a section. */
function isSection(node: Node): boolean {
  return node.type === 'object' && node.properties !== undefined && Object.keys(node.properties).length > 0;
}

/** The values every install starts from: each default of the schema, nested. */
export function defaultValues(): Record<string, unknown> {
  return Value.Default(VALUES_SCHEMA, {}) as Record<string, unknown>;
}

function scalar(value: unknown): string {
  return stringify(value, { flowCollectionPadding: false, lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
}

function emit(node: Node, indent: string, lines: string[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (child.description) {
      for (const line of wrap(child.description, 110 - indent.length)) lines.push(`${indent}# ${line}`);
    }
    if (isSection(child)) {
      lines.push(`${indent}${key}:`);
      emit(child, `${indent}  `, lines);
    } else {
      lines.push(`${indent}${key}: ${scalar(child.default ?? defaultOf(child))}`);
    }
  }
}

function defaultOf(node: Node): unknown {
  return Value.Default(node as never, undefined);
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}

const VALUES_HEADER = `# Values of the pagemagic chart. Generated from hack/chart/values-schema.ts by \`node hack/chart/generate.ts\`:
# edit the schema, not this file. values.schema.json (from the same schema) checks every install and upgrade.
`;

export function valuesYaml(): string {
  const lines: string[] = [];
  emit(VALUES_SCHEMA as unknown as Node, '', lines);
  return `${VALUES_HEADER}${lines.join('\n')}\n`;
}

export function valuesSchemaJson(): string {
  return `${JSON.stringify({ $schema: 'https://json-schema.org/draft-07/schema#', ...VALUES_SCHEMA }, null, 2)}\n`;
}

function typeName(node: Node): string {
  if (node.anyOf)
    return node.anyOf.map((option) => JSON.stringify(option.const ?? option.type)).join(' \\| ');
  if (node.type === 'array') return `list of ${node.items ? typeName(node.items) : 'any'}`;
  if (node.type === 'object' && node.patternProperties) return 'map';
  return node.type ?? 'any';
}

function rows(node: Node, prefix: string, out: string[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${key}`;
    if (isSection(child)) {
      rows(child, `${path}.`, out);
      continue;
    }
    const value = child.default ?? defaultOf(child);
    const shown = `\`${scalar(value).replaceAll('|', '\\|')}\``;
    const description = (child.description ?? '').replaceAll('|', '\\|');
    out.push(`| \`${path}\` | ${typeName(child)} | ${shown} | ${description} |`);
  }
}

export const REFERENCE_START = '<!-- values reference: generated from hack/chart/values-schema.ts -->';
export const REFERENCE_END = '<!-- end of values reference -->';

/** The README's values table, one row per leaf of the schema; sections name their part. */
export function valuesReference(): string {
  const out = ['| Value | Type | Default | What it does |', '| --- | --- | --- | --- |'];
  rows(VALUES_SCHEMA as unknown as Node, '', out);
  return `${REFERENCE_START}\n${out.join('\n')}\n${REFERENCE_END}`;
}
