// Form fields for a section's props, read from the section schema itself (the TypeBox objects are JSON
// Schema), so every section type and every prop the schema gains later is editable without a form per type.

import { PlaceholderSchema, SectionSchema, type SectionType } from '@pagemagic/crds/site-document';
import { humanizeKey } from './validation.ts';

export type FieldSchema =
  | {
      kind: 'text';
      multiline: boolean;
      maxLength?: number;
      /** What the value must look like, from the schema ("an https:// URL"). */
      hint?: string;
      inputType: 'text' | 'email' | 'tel' | 'url';
    }
  | { kind: 'number'; integer: boolean; minimum?: number; maximum?: number }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: string[] }
  | { kind: 'object'; fields: ObjectField[] }
  | { kind: 'list'; item: FieldSchema; minItems: number; maxItems?: number }
  /** A union of objects told apart by a tag (an image is "art" or "url", a block is a paragraph, a list…). */
  | {
      kind: 'variant';
      tag: string;
      variants: Array<{ value: string; schema: FieldSchema & { kind: 'object' } }>;
    }
  /** A constant (a union branch's tag): shown by the variant's choice, not as a field of its own. */
  | { kind: 'fixed'; value: unknown }
  /**
   * A fact the owner may not have given yet (an address, a phone number, opening hours, a price): the
   * value, or a placeholder that the published page leaves out and the editor points at.
   */
  | { kind: 'fact'; value: FieldSchema };

export interface ObjectField {
  key: string;
  required: boolean;
  schema: FieldSchema;
}

type JsonSchema = Record<string, unknown>;

function asSchema(value: unknown): JsonSchema {
  return value !== null && typeof value === 'object' ? (value as JsonSchema) : {};
}

/** Strings this long or longer are edited in a text area. */
const MULTILINE_FROM = 300;

function inputTypeFor(description: string): 'text' | 'email' | 'tel' | 'url' {
  if (description.startsWith('an email address')) return 'email';
  if (description.startsWith('a phone number')) return 'tel';
  if (description.startsWith('an https:// URL')) return 'url';
  return 'text';
}

function tagOf(branch: JsonSchema): [string, string] | undefined {
  for (const [key, property] of Object.entries(asSchema(branch.properties))) {
    const constant = asSchema(property).const;
    if (typeof constant === 'string') return [key, constant];
  }
  return undefined;
}

/** The form model of a JSON Schema as TypeBox writes it. */
export function toFieldSchema(input: unknown): FieldSchema {
  const schema = asSchema(input);
  if ('const' in schema) return { kind: 'fixed', value: schema.const };
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf.map(asSchema);
    const fact = branches.find((branch) => branch.title !== PlaceholderSchema.title);
    if (
      branches.length === 2 &&
      fact &&
      branches.some((branch) => branch.title === PlaceholderSchema.title)
    ) {
      return { kind: 'fact', value: toFieldSchema(fact) };
    }
    if (branches.every((branch) => typeof branch.const === 'string')) {
      return { kind: 'choice', options: branches.map((branch) => String(branch.const)) };
    }
    const tags = branches.map(tagOf);
    const tag = tags[0]?.[0];
    if (tag !== undefined && tags.every((entry) => entry?.[0] === tag)) {
      return {
        kind: 'variant',
        tag,
        variants: branches.map((branch, i) => ({
          value: tags[i]?.[1] ?? '',
          schema: toFieldSchema(branch) as FieldSchema & { kind: 'object' },
        })),
      };
    }
  }
  switch (schema.type) {
    case 'string': {
      const description = typeof schema.description === 'string' ? schema.description : '';
      const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
      return {
        kind: 'text',
        multiline: maxLength !== undefined && maxLength >= MULTILINE_FROM && schema.pattern === undefined,
        ...(maxLength !== undefined ? { maxLength } : {}),
        ...(schema.pattern !== undefined && description ? { hint: description } : {}),
        inputType: inputTypeFor(description),
      };
    }
    case 'integer':
    case 'number':
      return {
        kind: 'number',
        integer: schema.type === 'integer',
        ...(typeof schema.minimum === 'number' ? { minimum: schema.minimum } : {}),
        ...(typeof schema.maximum === 'number' ? { maximum: schema.maximum } : {}),
      };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return {
        kind: 'list',
        item: toFieldSchema(schema.items),
        minItems: typeof schema.minItems === 'number' ? schema.minItems : 0,
        ...(typeof schema.maxItems === 'number' ? { maxItems: schema.maxItems } : {}),
      };
    case 'object': {
      const required = new Set(Array.isArray(schema.required) ? schema.required : []);
      return {
        kind: 'object',
        fields: Object.entries(asSchema(schema.properties)).map(([key, property]) => ({
          key,
          required: required.has(key),
          schema: toFieldSchema(property),
        })),
      };
    }
    default:
      // Every schema the section types use is one of the above; anything else is shown as text.
      return { kind: 'text', multiline: false, inputType: 'text' };
  }
}

const propsCache = new Map<SectionType, FieldSchema & { kind: 'object' }>();

/** The form model of a section type's props. */
export function sectionPropsSchema(type: SectionType): FieldSchema & { kind: 'object' } {
  const cached = propsCache.get(type);
  if (cached) return cached;
  const branch = SectionSchema.anyOf
    .map(asSchema)
    .find((candidate) => asSchema(asSchema(candidate.properties).type).const === type);
  const model = toFieldSchema(asSchema(branch?.properties).props);
  const props: FieldSchema & { kind: 'object' } =
    model.kind === 'object' ? model : { kind: 'object', fields: [] };
  propsCache.set(type, props);
  return props;
}

// Values for keys whose natural default is not the schema's minimum (a 1×1 image, an empty link).
const DEFAULTS_BY_KEY: Readonly<Record<string, unknown>> = {
  width: 1200,
  height: 800,
  href: '/',
};

/**
 * A starting value for a new row or an optional part being added: required parts filled in, optional ones
 * left out. Text starts empty, so validation points at what still needs writing.
 */
export function defaultValue(field: FieldSchema, key?: string): unknown {
  if (key !== undefined && key in DEFAULTS_BY_KEY) return DEFAULTS_BY_KEY[key];
  switch (field.kind) {
    case 'text':
      return '';
    case 'number':
      return field.minimum ?? 0;
    case 'boolean':
      return false;
    case 'choice':
      return field.options[0] ?? '';
    case 'fixed':
      return field.value;
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const child of field.fields) {
        if (child.required) value[child.key] = defaultValue(child.schema, child.key);
      }
      return value;
    }
    case 'list':
      return Array.from({ length: field.minItems }, () => defaultValue(field.item));
    case 'variant': {
      const first = field.variants[0];
      return first ? defaultValue(first.schema) : {};
    }
    case 'fact':
      return defaultValue(field.value, key);
  }
}

const SINGULAR: Readonly<Record<string, string>> = {
  hours: 'Opening time',
  postSlugs: 'Featured post',
  paragraphs: 'Paragraph',
  options: 'Option',
  features: 'Feature',
};

/** The name of one row of a list prop: "actions" → "Action", "items" → "Item". */
export function singularLabel(key: string): string {
  const known = SINGULAR[key];
  if (known) return known;
  const label = humanizeKey(key);
  return label.endsWith('s') ? label.slice(0, -1) : label;
}

/** A short name for a section in lists: its heading, else the first text in it, else its id. */
export function sectionTitle(section: { id: string; props: unknown }): string {
  const props = asSchema(section.props);
  if (typeof props.heading === 'string' && props.heading.trim() !== '') return props.heading;
  const firstText = JSON.stringify(props).match(/"(?:title|text|name|value|quote)":"([^"]{1,80})/);
  return firstText?.[1] ?? section.id;
}
