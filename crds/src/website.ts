import { type Static, Type } from '@sinclair/typebox';
import { type CustomObject, conditionList, type KindDefinition, objectName, stringEnum } from './meta.ts';
import type { SiteDocument } from './site-document.ts';

/** What the API server itself requires of every object name (RFC 1123 subdomain). */
const DNS_SUBDOMAIN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?([.][a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';

export const TONES = ['friendly', 'professional', 'playful', 'elegant', 'bold'] as const;

const hexColour = (description: string) => Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description });

/** A locale tag such as `en` or `pt-PT`; the renderer emits one page tree per locale. */
export const localeTag = () =>
  Type.String({ minLength: 2, maxLength: 16, pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' });

export const WebsiteBriefSchema = Type.Object(
  {
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
    tone: stringEnum(TONES, { default: 'friendly', description: 'How the copy sounds.' }),
    revision: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 1_000_000_000,
        description:
          'Bump to write the site again from the brief: a new revision is a new brief, so the operator generates a new content revision and Build.',
      }),
    ),
  },
  { description: 'What the site is about; the operator writes the site from it unless content is set.' },
);

export const WebsiteContentSchema = Type.Object(
  {
    configMapRef: Type.Optional(
      Type.Object(
        { name: objectName('An immutable content ConfigMap in the same namespace.') },
        { description: 'The site document in a content ConfigMap (what the API and editor write).' },
      ),
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
    description: 'The site as written, instead of the brief: one of configMapRef or inline.',
    'x-kubernetes-validations': [
      {
        rule: 'has(self.configMapRef) != has(self.inline)',
        message: 'content must set exactly one of configMapRef or inline',
      },
    ],
  },
);

export const WebsiteThemeSchema = Type.Object(
  {
    primary: Type.Optional(hexColour('The main colour, #rrggbb.')),
    accent: Type.Optional(hexColour('The accent colour, #rrggbb.')),
    headingFont: Type.Optional(Type.String({ maxLength: 40, description: 'A font key for headings.' })),
    bodyFont: Type.Optional(Type.String({ maxLength: 40, description: 'A font key for text.' })),
    mode: Type.Optional(stringEnum(['light', 'dark'] as const, { description: 'Light or dark pages.' })),
  },
  { description: 'Overrides of the theme the site document chose; colours are adjusted to stay readable.' },
);

export const WebsiteHostingSchema = Type.Object({
  // Optional so that the empty default object validates; the API server still fills in 1.
  replicas: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 20,
      default: 1,
      description: 'Pods serving the site; 0 takes it offline.',
    }),
  ),
  resources: Type.Optional(
    Type.Object(
      {
        cpu: Type.Optional(
          Type.String({
            maxLength: 16,
            pattern: '^[0-9]+(\\.[0-9]+)?m?$',
            description: 'CPU per pod, e.g. 100m.',
          }),
        ),
        memory: Type.Optional(
          Type.String({
            maxLength: 16,
            pattern: '^[0-9]+(Ki|Mi|Gi)?$',
            description: 'Memory per pod, e.g. 64Mi.',
          }),
        ),
      },
      { description: 'Requests (and limits) of each serving pod.' },
    ),
  ),
});

export const WebsiteSpecSchema = Type.Object({
  brief: WebsiteBriefSchema,
  content: Type.Optional(WebsiteContentSchema),
  theme: Type.Optional(WebsiteThemeSchema),
  release: Type.Optional(
    Type.Object(
      { build: Type.Optional(objectName('Pin this Build as the live one (rollback).')) },
      { description: 'Which Build is live; absent: the newest that succeeded.' },
    ),
  ),
  hosting: Type.Optional(
    Type.Object(WebsiteHostingSchema.properties, { default: {}, description: 'How the site is served.' }),
  ),
});

export const WebsiteStatusSchema = Type.Object({
  observedGeneration: Type.Optional(
    Type.Integer({ minimum: 0, description: 'The generation the operator last acted on.' }),
  ),
  conditions: Type.Optional(conditionList()),
  contentRevision: Type.Optional(
    Type.String({ maxLength: 253, description: 'Name of the live content ConfigMap.' }),
  ),
  contentHash: Type.Optional(
    Type.String({ maxLength: 128, description: 'SHA-256 of the live content, as the Builds record it.' }),
  ),
  latestBuild: Type.Optional(Type.String({ maxLength: 253, description: 'The newest Build of the site.' })),
  liveBuild: Type.Optional(Type.String({ maxLength: 253, description: 'The Build being served.' })),
  url: Type.Optional(Type.String({ maxLength: 2048, description: 'Where the site is served.' })),
  tokenUsage: Type.Optional(
    Type.Object(
      {
        prompt: Type.Integer({ minimum: 0, description: 'Tokens sent to the AI model.' }),
        completion: Type.Integer({ minimum: 0, description: 'Tokens the AI model wrote.' }),
      },
      { description: 'What writing the site with AI used, for billing.' },
    ),
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
  // READY alone reads as "up to date"; REASON says why (Live, Pinned, Building, ...), LATEST shows a Build
  // waiting behind a pin, and -o wide shows GENERATION beside OBSERVED so a change no operator has seen is
  // visible even when nothing writes status.
  printerColumns: [
    { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
    { name: 'Reason', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].reason' },
    { name: 'URL', type: 'string', jsonPath: '.status.url' },
    { name: 'Live', type: 'string', jsonPath: '.status.liveBuild', description: 'The Build being served.' },
    { name: 'Latest', type: 'string', jsonPath: '.status.latestBuild', description: 'The newest Build.' },
    {
      name: 'Pinned',
      type: 'string',
      jsonPath: '.spec.release.build',
      description: 'The Build pinned as live; newer Builds wait until the pin is removed.',
      priority: 1,
    },
    { name: 'Generation', type: 'integer', jsonPath: '.metadata.generation', priority: 1 },
    {
      name: 'Observed',
      type: 'integer',
      jsonPath: '.status.observedGeneration',
      description: 'The generation an operator last acted on; behind Generation means not picked up yet.',
      priority: 1,
    },
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
  ],
  objectRules: [
    {
      // Website names become DNS labels (service names, site hostnames). The API server already refuses a
      // name that is not a DNS subdomain, so this rule only adds what a label needs beyond that; otherwise
      // an upper-case name would be reported twice, once by each check.
      rule: `!self.metadata.name.matches('${DNS_SUBDOMAIN}') || (size(self.metadata.name) <= 63 && self.metadata.name.matches('^[a-z]([-a-z0-9]*[a-z0-9])?$'))`,
      fieldPath: '.metadata.name',
      reason: 'FieldValueInvalid',
      message:
        'metadata.name must be a DNS label: at most 63 lowercase letters, digits or "-", starting with a letter and ending with a letter or digit',
    },
  ],
};
