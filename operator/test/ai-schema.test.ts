import { PLACEHOLDER_FACTS } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import {
  generatedSiteSchema,
  improvedSectionSchema,
  type JsonSchema,
  localizedContentSchema,
  PLACEHOLDER_DESCRIPTION,
  toStrictSchema,
  withoutNulls,
} from '../src/site/ai/index.ts';

// Every subschema, with its JSON Pointer.
function* walk(schema: unknown, path = ''): Generator<[string, JsonSchema]> {
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as JsonSchema;
  yield [path, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, child] of Object.entries(value)) yield* walk(child, `${path}/properties/${name}`);
    } else if (key === 'items') {
      yield* walk(value, `${path}/items`);
    } else if (key === 'anyOf' && Array.isArray(value)) {
      for (const [i, child] of value.entries()) yield* walk(child, `${path}/anyOf/${i}`);
    }
  }
}

const STRICT_MODE_UNSUPPORTED = [
  'patternProperties',
  'pattern',
  'minLength',
  'maxLength',
  'uniqueItems',
  'const',
];

describe('strict structured-output schemas', () => {
  for (const [name, schema] of [
    ['generatedSiteSchema', generatedSiteSchema()],
    ['localizedContentSchema', localizedContentSchema()],
    ['improvedSectionSchema', improvedSectionSchema('contact', 'visit', ['pt', 'zh-Hant-TW'])],
  ] as const) {
    it(`${name} follows OpenAI strict mode's rules`, () => {
      expect(schema.type).toBe('object');
      for (const [path, node] of walk(schema)) {
        for (const key of STRICT_MODE_UNSUPPORTED) expect(node, `${path} has ${key}`).not.toHaveProperty(key);
        if (node.type === 'object') {
          expect(node.additionalProperties, `${path} is closed`).toBe(false);
          expect(node.required, `${path} requires every property`).toEqual(
            Object.keys(node.properties as object),
          );
        }
      }
    });
  }

  it('asks for the default locale only: the code adds schemaVersion, locales and translations', () => {
    expect(Object.keys(generatedSiteSchema().properties as object)).toEqual([
      'name',
      'kind',
      'theme',
      'navigation',
      'footer',
      'pages',
      'posts',
    ]);
  });

  it('turns optional properties into nullable ones and keeps limits the model can follow', () => {
    // Shaped as TypeBox emits it (the site document's schema is TypeBox).
    const schema = toStrictSchema({
      type: 'object',
      properties: {
        title: { type: 'string', minLength: 1, maxLength: 70 },
        note: { type: 'string', maxLength: 40, description: 'a short note' },
        size: {
          anyOf: [
            { const: 's', type: 'string' },
            { const: 'm', type: 'string' },
          ],
        },
        count: { type: 'integer', minimum: 1, maximum: 9 },
        tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
      },
      required: ['title', 'count', 'tags'],
      additionalProperties: false,
    });
    expect(schema).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string', description: 'not empty, at most 70 characters' },
        note: {
          anyOf: [{ type: 'string' }, { type: 'null' }],
          description: 'a short note; at most 40 characters; null if absent',
        },
        size: {
          anyOf: [{ type: 'string', enum: ['s', 'm'] }, { type: 'null' }],
          description: 'null if absent',
        },
        count: { type: 'integer', minimum: 1, maximum: 9 },
        tags: {
          type: 'array',
          items: { type: 'string' },
          minItems: 1,
          maxItems: 3,
          description: 'no duplicates',
        },
      },
      required: ['title', 'note', 'size', 'count', 'tags'],
      additionalProperties: false,
    });
  });

  it('offers a described placeholder wherever the document accepts one, and nowhere else', () => {
    const placeholder = {
      type: 'object',
      properties: {
        placeholder: { type: 'string', enum: [...PLACEHOLDER_FACTS] },
        note: {
          anyOf: [{ type: 'string' }, { type: 'null' }],
          description: 'not empty, at most 160 characters; null if absent',
        },
      },
      required: ['placeholder', 'note'],
      additionalProperties: false,
      description: PLACEHOLDER_DESCRIPTION,
    };
    const where = [...walk(generatedSiteSchema())]
      .filter(([, node]) => node.description === PLACEHOLDER_DESCRIPTION)
      .map(([path, node]) => {
        expect(node).toEqual(placeholder);
        // The field it stands in for: ".../properties/phone/anyOf/1" → "phone".
        return path.split('/').at(-3);
      });
    expect(where.sort()).toEqual(['address', 'email', 'hours', 'phone', 'price', 'price'].sort());

    const section = improvedSectionSchema('contact', 'visit', []) as {
      properties: { section: { properties: { props: { properties: Record<string, JsonSchema> } } } };
    };
    const phone = section.properties.section.properties.props.properties.phone;
    // The phone's own description stays on its branch, so the model reads which branch is which.
    expect(phone).toEqual({
      anyOf: [
        { type: 'string', description: 'a phone number such as +351 222 000 000; at most 32 characters' },
        placeholder,
        { type: 'null' },
      ],
      description: 'null if absent',
    });
  });

  it('refuses records, which strict mode cannot express', () => {
    expect(() =>
      toStrictSchema({ type: 'object', patternProperties: { '^.*$': { type: 'string' } } }),
    ).toThrow(/patternProperties/);
  });

  it('pins the id and type of the section being rewritten, in every locale', () => {
    const schema = improvedSectionSchema('hero', 'welcome', ['pt']) as {
      properties: { section: JsonSchema; translations: { properties: Record<string, JsonSchema> } };
    };
    const pinned = { id: { type: 'string', enum: ['welcome'] }, type: { type: 'string', enum: ['hero'] } };
    expect(schema.properties.section.properties).toMatchObject(pinned);
    expect(schema.properties.translations.properties.pt?.properties).toMatchObject(pinned);
    expect(improvedSectionSchema('hero', 'welcome', []).properties).not.toHaveProperty('translations');
  });
});

describe('withoutNulls', () => {
  it('drops null properties at every depth and leaves nulls in arrays for the validator', () => {
    expect(withoutNulls({ a: null, b: { c: null, d: 1 }, e: [null, { f: null, g: 'x' }] })).toEqual({
      b: { d: 1 },
      e: [null, { g: 'x' }],
    });
  });
});
