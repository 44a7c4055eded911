// Structured-output schemas derived from the site document's TypeBox schema, so the model is held to the
// same shape validateSiteDocument() checks, from one source of truth.
//
// OpenAI's strict mode accepts a subset of JSON Schema: every property must be listed in `required`, every
// object must be closed, and there is no `patternProperties`, `minLength`, `maxLength` or `uniqueItems`.
// Other OpenAI-compatible servers (vLLM, Ollama) accept that subset too. So:
// - an optional property becomes required-but-nullable (anyOf [..., null]); withoutNulls() drops the nulls
//   from the answer before validation, since the document itself has no nullable fields;
// - `const` becomes a one-value `enum`, and a union of string literals one `enum`;
// - string lengths and patterns move into the description ("at most 100 characters; a #rrggbb hex
//   colour"): patterns are dropped because regex support differs between servers, and the URL patterns use
//   escapes some reject. validateSiteDocument() enforces them, and the repair loop fixes what slips through;
// - the translations record (patternProperties) cannot be expressed, so the model writes one locale at a
//   time: generation asks for the default locale's content and the code adds schemaVersion, locales and
//   `translations: {}`; translation asks for one locale's content, which the code puts in translations.
// - a placeholder (PlaceholderSchema: a fact the owner has not given, in the fields that accept one) is one
//   more anyOf branch, an object like any other; it gets a description that says when to use it, since the
//   TypeBox schema only names it by title.
// Strict mode is on by default; PAGEMAGIC_AI_STRICT=false sends the same schema with `strict: false` for
// endpoints that refuse strict schemas, and then validation and repair carry the whole load.

import {
  LocalizedContentSchema,
  PlaceholderSchema,
  SectionSchema,
  type SectionType,
  SiteDocumentSchema,
} from '@pagemagic/crds/site-document';

export type JsonSchema = { [key: string]: unknown };

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NULL_SCHEMA: JsonSchema = { type: 'null' };

export const PLACEHOLDER_DESCRIPTION =
  'a placeholder for a fact the owner has not given (the published page leaves it out and the owner is asked to fill it in): use it instead of inventing a value';

/** TypeBox copies schemas into a union, so the placeholder branch is recognised by its title and shape. */
function isPlaceholderSchema(schema: Node): boolean {
  return (
    schema.title === PlaceholderSchema.title &&
    isNode(schema.properties) &&
    Object.keys(schema.properties).join() === Object.keys(PlaceholderSchema.properties).join()
  );
}

/** The strict-mode form of a (TypeBox) JSON schema, following the rules above. */
export function toStrictSchema(schema: unknown): JsonSchema {
  if (!isNode(schema)) throw new Error('toStrictSchema: a schema must be an object');
  const description =
    typeof schema.description === 'string'
      ? schema.description
      : isPlaceholderSchema(schema)
        ? PLACEHOLDER_DESCRIPTION
        : undefined;

  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf.map(toStrictSchema);
    const values = branches.map((b) =>
      Array.isArray(b.enum) && b.enum.length === 1 ? b.enum[0] : undefined,
    );
    if (values.every((v) => typeof v === 'string')) {
      return withDescription({ type: 'string', enum: values }, description);
    }
    return withDescription(
      { anyOf: branches.flatMap((b) => (Array.isArray(b.anyOf) ? b.anyOf : [b])) },
      description,
    );
  }
  if ('const' in schema) {
    return withDescription({ type: jsonType(schema.const), enum: [schema.const] }, description);
  }
  switch (schema.type) {
    case 'object':
      return objectSchema(schema, description);
    case 'array': {
      const out: JsonSchema = { type: 'array', items: toStrictSchema(schema.items) };
      if (typeof schema.minItems === 'number' && schema.minItems > 0) out.minItems = schema.minItems;
      if (typeof schema.maxItems === 'number') out.maxItems = schema.maxItems;
      if (schema.uniqueItems === true) return withDescription(out, join(description, 'no duplicates'));
      return withDescription(out, description);
    }
    case 'string':
      return withDescription({ type: 'string' }, join(description, lengthHint(schema)));
    case 'integer':
    case 'number': {
      const out: JsonSchema = { type: schema.type };
      if (typeof schema.minimum === 'number') out.minimum = schema.minimum;
      if (typeof schema.maximum === 'number') out.maximum = schema.maximum;
      return withDescription(out, description);
    }
    case 'boolean':
      return withDescription({ type: 'boolean' }, description);
    default:
      throw new Error(`toStrictSchema: unsupported schema ${JSON.stringify(schema).slice(0, 120)}`);
  }
}

function objectSchema(schema: Node, description: string | undefined): JsonSchema {
  if (schema.patternProperties !== undefined || !isNode(schema.properties)) {
    throw new Error('toStrictSchema: strict mode needs fixed properties; omit records (patternProperties)');
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const properties: JsonSchema = {};
  for (const [key, value] of Object.entries(schema.properties)) {
    const strict = toStrictSchema(value);
    properties[key] = required.has(key) ? strict : nullable(strict);
  }
  return withDescription(
    { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
    description,
  );
}

function nullable(schema: JsonSchema): JsonSchema {
  const branches = Array.isArray(schema.anyOf) ? schema.anyOf : [schema];
  const { description } = schema;
  const out: JsonSchema = {
    anyOf: [...branches.map((b) => (b === schema ? withoutDescription(b) : b)), NULL_SCHEMA],
  };
  return withDescription(
    out,
    join(typeof description === 'string' ? description : undefined, 'null if absent'),
  );
}

function withoutDescription(schema: JsonSchema): JsonSchema {
  const { description: _, ...rest } = schema;
  return rest;
}

function lengthHint(schema: Node): string | undefined {
  const { minLength, maxLength } = schema;
  const parts: string[] = [];
  if (minLength === 1) parts.push('not empty');
  else if (typeof minLength === 'number' && minLength > 1) parts.push(`at least ${minLength} characters`);
  // URLs are capped at 2048 only as a safety net; saying so to the model is noise.
  if (typeof maxLength === 'number' && maxLength < 2048) parts.push(`at most ${maxLength} characters`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function join(a: string | undefined, b: string | undefined): string | undefined {
  return a && b ? `${a}; ${b}` : (a ?? b);
}

function withDescription(schema: JsonSchema, description: string | undefined): JsonSchema {
  return description ? { ...schema, description } : schema;
}

function jsonType(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Drops null-valued object properties everywhere: strict mode's stand-in for "absent". Nulls in arrays stay,
 * so the validator reports them.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isNode(value)) return value;
  const out: Node = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null) out[key] = withoutNulls(item);
  }
  return out;
}

// The parts of a site document the model writes when generating: the code supplies schemaVersion, locales,
// defaultLocale and translations.
export const GENERATED_SITE_KEYS = [
  'name',
  'kind',
  'theme',
  'navigation',
  'footer',
  'pages',
  'posts',
] as const;

let siteSchema: JsonSchema | undefined;
let contentSchema: JsonSchema | undefined;

/** What generateSite asks for: one locale's complete site, without translations. */
export function generatedSiteSchema(): JsonSchema {
  siteSchema ??= toStrictSchema({
    type: 'object',
    properties: Object.fromEntries(
      GENERATED_SITE_KEYS.map((key) => [key, SiteDocumentSchema.properties[key]]),
    ),
    required: [...GENERATED_SITE_KEYS],
    additionalProperties: false,
  });
  return siteSchema;
}

/** What translateSite asks for: navigation, footer, pages and posts in one locale. */
export function localizedContentSchema(): JsonSchema {
  contentSchema ??= toStrictSchema(LocalizedContentSchema);
  return contentSchema;
}

/** One section of the given type with its id pinned: the model may rewrite the props and nothing else. */
export function sectionSchema(type: SectionType, id: string): JsonSchema {
  const branch = SectionSchema.anyOf.find((b) => b.properties.type.const === type);
  if (!branch) throw new Error(`sectionSchema: unknown section type "${type}"`);
  const strict = toStrictSchema(branch);
  const properties = strict.properties as JsonSchema;
  return {
    ...strict,
    properties: { ...properties, id: { type: 'string', enum: [id] }, type: { type: 'string', enum: [type] } },
  };
}

/**
 * What improveSection asks for: the section in the default locale, and the same section in every other
 * locale, so that the languages do not drift apart.
 */
export function improvedSectionSchema(
  type: SectionType,
  id: string,
  otherLocales: readonly string[],
): JsonSchema {
  const section = sectionSchema(type, id);
  const properties: JsonSchema = { section };
  if (otherLocales.length > 0) {
    properties.translations = {
      type: 'object',
      properties: Object.fromEntries(otherLocales.map((locale) => [locale, section])),
      required: [...otherLocales],
      additionalProperties: false,
    };
  }
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}
