import { type Static, Type } from '@sinclair/typebox';
import { type CustomObject, conditionList, type KindDefinition, objectName, stringEnum } from './meta.ts';
import type { SiteDocument } from './site-document.ts';

export const TONES = ['friendly', 'professional', 'playful', 'elegant', 'bold'] as const;

const hexColour = Type.String({ pattern: '^#[0-9a-fA-F]{6}$' });

/** A locale tag such as `en` or `pt-PT`; the renderer emits one page tree per locale. */
export const localeTag = () =>
  Type.String({ minLength: 2, maxLength: 16, pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' });

export const WebsiteBriefSchema = Type.Object({
  prompt: Type.String({
    minLength: 1,
    maxLength: 4000,
    description: 'What the business is, in the owner’s words. AI writes the site from this.',
  }),
  locales: Type.Optional(
    Type.Array(localeTag(), {
      minItems: 1,
      maxItems: 10,
      'x-kubernetes-list-type': 'set',
      description:
        'Languages of the site; the first is the default. Absent: the language the brief is written in.',
    }),
  ),
  pages: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 80 }), {
      maxItems: 20,
      description: 'Pages the owner wants, e.g. "menu", "about"; AI chooses when empty.',
    }),
  ),
  tone: stringEnum(TONES, { default: 'friendly' }),
  revision: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 1_000_000_000,
      description:
        'Bump to write the site again from the brief: a new revision is a new brief, so the operator generates a new content revision and Build.',
    }),
  ),
});

export const WebsiteContentSchema = Type.Object(
  {
    configMapRef: Type.Optional(
      Type.Object({ name: objectName('An immutable content ConfigMap in the same namespace.') }),
    ),
    inline: Type.Optional(
      Type.Unsafe<SiteDocument>({
        type: 'object',
        'x-kubernetes-preserve-unknown-fields': true,
        description: 'A whole site document, for GitOps users; validated by the operator.',
      }),
    ),
  },
  {
    'x-kubernetes-validations': [
      {
        rule: 'has(self.configMapRef) != has(self.inline)',
        message: 'content must set exactly one of configMapRef or inline',
      },
    ],
  },
);

export const WebsiteThemeSchema = Type.Object({
  primary: Type.Optional(hexColour),
  accent: Type.Optional(hexColour),
  headingFont: Type.Optional(Type.String({ maxLength: 40 })),
  bodyFont: Type.Optional(Type.String({ maxLength: 40 })),
  mode: Type.Optional(stringEnum(['light', 'dark'] as const)),
});

export const WebsiteHostingSchema = Type.Object({
  // Optional so that the empty default object validates; the API server still fills in 1.
  replicas: Type.Optional(Type.Integer({ minimum: 0, maximum: 20, default: 1 })),
  resources: Type.Optional(
    Type.Object({
      cpu: Type.Optional(Type.String({ maxLength: 16, pattern: '^[0-9]+(\\.[0-9]+)?m?$' })),
      memory: Type.Optional(Type.String({ maxLength: 16, pattern: '^[0-9]+(Ki|Mi|Gi)?$' })),
    }),
  ),
});

export const WebsiteSpecSchema = Type.Object({
  brief: WebsiteBriefSchema,
  content: Type.Optional(WebsiteContentSchema),
  theme: Type.Optional(WebsiteThemeSchema),
  release: Type.Optional(
    Type.Object({ build: Type.Optional(objectName('Pin this Build as the live one (rollback).')) }),
  ),
  hosting: Type.Optional(Type.Object(WebsiteHostingSchema.properties, { default: {} })),
});

export const WebsiteStatusSchema = Type.Object({
  observedGeneration: Type.Optional(Type.Integer({ minimum: 0 })),
  conditions: Type.Optional(conditionList()),
  contentRevision: Type.Optional(
    Type.String({ maxLength: 253, description: 'Name of the live content ConfigMap.' }),
  ),
  contentHash: Type.Optional(Type.String({ maxLength: 128 })),
  latestBuild: Type.Optional(Type.String({ maxLength: 253 })),
  liveBuild: Type.Optional(Type.String({ maxLength: 253 })),
  url: Type.Optional(Type.String({ maxLength: 2048 })),
  tokenUsage: Type.Optional(
    Type.Object({
      prompt: Type.Integer({ minimum: 0 }),
      completion: Type.Integer({ minimum: 0 }),
    }),
  ),
});

export type WebsiteSpec = Static<typeof WebsiteSpecSchema>;
export type WebsiteStatus = Static<typeof WebsiteStatusSchema>;
export type Website = CustomObject<'Website', WebsiteSpec, WebsiteStatus>;

export const websiteKind: KindDefinition = {
  kind: 'Website',
  plural: 'websites',
  singular: 'website',
  shortNames: ['site', 'sites', 'ws'],
  spec: WebsiteSpecSchema,
  status: WebsiteStatusSchema,
  printerColumns: [
    { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
    { name: 'URL', type: 'string', jsonPath: '.status.url' },
    { name: 'Live Build', type: 'string', jsonPath: '.status.liveBuild' },
    {
      name: 'Reason',
      type: 'string',
      jsonPath: '.status.conditions[?(@.type=="Ready")].reason',
      priority: 1,
    },
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
  ],
  objectRules: [
    {
      // Website names become DNS labels (service names, site hostnames), so they get the label rules.
      rule: "size(self.metadata.name) <= 63 && self.metadata.name.matches('^[a-z]([-a-z0-9]*[a-z0-9])?$')",
      message:
        'metadata.name must be a DNS label: at most 63 lowercase letters, digits or "-", starting with a letter and ending with a letter or digit',
    },
  ],
};
