import { localeTag, SITE_PHASES, TONES, WebsiteThemeSchema } from '@pagemagic/crds';
import { PLACEHOLDER_FACTS, type SiteDocument } from '@pagemagic/crds/site-document';
import { Type } from '@sinclair/typebox';
import { SITE_NAME_MAX, SITE_NAME_PATTERN } from '../sites/mapping.ts';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';

export const SiteNameSchema = Type.String({
  minLength: 1,
  maxLength: SITE_NAME_MAX,
  pattern: SITE_NAME_PATTERN,
  description: 'A DNS label: lowercase letters, digits and "-", starting with a letter',
  examples: ['bakery-porto'],
});

/** Names of Builds and content revisions (Kubernetes object names). */
export const ObjectNameSchema = Type.String({
  minLength: 1,
  maxLength: 253,
  pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$',
});

export const SiteParams = Type.Object({ siteId: SiteNameSchema });

/**
 * A change made while a Build is pinned would otherwise never go live without anybody noticing, so by
 * default a change removes the pin; `keepPin` keeps the pinned Build live and lets the change wait.
 */
export const KeepPinSchema = Type.Optional(
  Type.Boolean({
    description:
      'Keep the pinned Build live: the change is built but waits until the pin is removed. Default: the pin is removed and the change goes live',
  }),
);

export const UnpinnedSchema = Type.Optional(
  Type.String({
    description:
      'The Build that was pinned as live until this change removed the pin; publish it to pin it again',
  }),
);

/** Every site route can meet a busy cluster (503: try again). */
export const siteErrors = { ...authErrors, 503: ErrorBodySchema } as const;

export const SiteConditionSchema = Type.Object({
  type: Type.String(),
  status: Type.Union([Type.Literal('True'), Type.Literal('False'), Type.Literal('Unknown')]),
  reason: Type.String(),
  message: Type.String(),
});

export const SiteSchema = Type.Object(
  {
    id: SiteNameSchema,
    name: SiteNameSchema,
    prompt: Type.String(),
    locales: Type.Array(Type.String(), {
      description:
        'The languages asked for, the first the default; empty: the language the prompt is written in',
    }),
    pages: Type.Optional(Type.Array(Type.String())),
    tone: Type.Optional(Type.String()),
    theme: Type.Optional(WebsiteThemeSchema),
    pinnedBuild: Type.Optional(Type.String({ description: 'The Build pinned by publish or rollback' })),
    status: Type.Object({
      phase: Type.Union(SITE_PHASES.map((phase) => Type.Literal(phase))),
      conditions: Type.Array(SiteConditionSchema),
      url: Type.Optional(Type.String()),
      liveBuild: Type.Optional(Type.String()),
      latestBuild: Type.Optional(Type.String()),
      contentRevision: Type.Optional(Type.String()),
      notPickedUp: Type.Optional(
        Type.Object(
          {
            since: Type.String({ format: 'date-time', description: 'When the waiting change was made' }),
            message: Type.String({ description: 'What it means and what to check, for people' }),
          },
          {
            description:
              'Present when no operator has acted on the latest change for a minute: phase and conditions describe an older version of the site until one does',
          },
        ),
      ),
    }),
    createdAt: Type.String({ format: 'date-time' }),
    generation: Type.Integer(),
  },
  { title: 'Site' },
);

export const PlaceholderWarningSchema = Type.Object(
  {
    fact: Type.Union(PLACEHOLDER_FACTS.map((fact) => Type.Literal(fact))),
    label: Type.String({
      description: 'The fact as people say it, with what it belongs to: "opening hours", "price of Bread"',
    }),
    subject: Type.Optional(
      Type.String({ description: 'What the fact belongs to, e.g. the item a price is for' }),
    ),
    note: Type.Optional(Type.String()),
    page: Type.String({ description: 'Slug of the page that holds it' }),
    sectionId: Type.String(),
    path: Type.String({ description: 'JSON Pointer to the placeholder in the site document' }),
  },
  { title: 'PlaceholderWarning' },
);

// Publishing answers with the facts the owner has not given yet (in the default locale): the published
// pages leave them out, and the owner should know that before anyone visits.
export const PublishedSiteSchema = Type.Composite([
  SiteSchema,
  Type.Object({ placeholders: Type.Array(PlaceholderWarningSchema) }),
]);

const SiteDocumentBody = Type.Unsafe<SiteDocument>({
  type: 'object',
  additionalProperties: true,
  description: 'A site document (crds/src/site-document.ts)',
});

export const createSite = defineRoute({
  method: 'POST',
  url: '/sites',
  auth: true,
  summary: 'Create a site from a prompt: AI writes it, the operator builds and serves it',
  tags: ['sites'],
  body: Type.Object(
    {
      prompt: Type.String({
        minLength: 1,
        maxLength: 4000,
        examples: ['A family bakery in Porto with fresh bread and pastel de nata, open from 7am'],
      }),
      locales: Type.Optional(
        Type.Array(localeTag(), {
          minItems: 1,
          maxItems: 10,
          uniqueItems: true,
          examples: [['en', 'pt-PT']],
        }),
      ),
      name: Type.Optional(SiteNameSchema),
      pages: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 80 }), { maxItems: 20 })),
      tone: Type.Optional(Type.Union(TONES.map((tone) => Type.Literal(tone)))),
      theme: Type.Optional(WebsiteThemeSchema),
    },
    { additionalProperties: false },
  ),
  response: {
    201: SiteSchema,
    ...siteErrors,
    402: ErrorBodySchema,
    409: ErrorBodySchema,
  },
});

export const listSites = defineRoute({
  method: 'GET',
  url: '/sites',
  auth: true,
  summary: "The workspace's sites, a page at a time",
  tags: ['sites'],
  querystring: Type.Object(
    {
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      continue: Type.Optional(
        Type.String({
          minLength: 4,
          maxLength: 4096,
          // Every token this API hands out is base64 of a JSON object, so it starts with "eyJ".
          pattern: '^eyJ[A-Za-z0-9+/_=-]*$',
          description: 'The `continue` of the previous page, as it was returned',
        }),
      ),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      items: Type.Array(SiteSchema),
      continue: Type.Optional(Type.String({ description: 'Pass back as `continue` for the next page' })),
    }),
    ...siteErrors,
    410: ErrorBodySchema,
  },
});

export const getSite = defineRoute({
  method: 'GET',
  url: '/sites/:siteId',
  auth: true,
  summary: 'One site and where it is: writing, building, deploying, ready or failed',
  tags: ['sites'],
  params: SiteParams,
  response: { 200: SiteSchema, ...siteErrors, 404: ErrorBodySchema },
});

export const getSiteContent = defineRoute({
  method: 'GET',
  url: '/sites/:siteId/content',
  auth: true,
  summary: "The site's current document and the revision it is stored as",
  tags: ['sites'],
  params: SiteParams,
  response: {
    200: Type.Object({
      revision: Type.String({ description: 'Send back as baseRevision when you save an edit of it' }),
      document: SiteDocumentBody,
    }),
    ...siteErrors,
    404: ErrorBodySchema,
    409: ErrorBodySchema,
  },
});

export const putSiteContent = defineRoute({
  method: 'PUT',
  url: '/sites/:siteId/content',
  auth: true,
  summary: 'Replace the site document: stored as a new revision, then built and rolled out',
  tags: ['sites'],
  params: SiteParams,
  body: Type.Object(
    {
      // Checked by validateSiteDocument, which reports every problem with its path at once.
      document: Type.Unknown({ description: 'A whole site document' }),
      baseRevision: Type.Optional(
        Type.String({
          maxLength: 253,
          description: 'The revision this edit started from; a later edit by someone else makes it 409',
        }),
      ),
      keepPin: KeepPinSchema,
    },
    { additionalProperties: false, required: ['document'] },
  ),
  response: {
    202: Type.Composite(
      [
        SiteSchema,
        Type.Object({
          revision: Type.String({
            description:
              'The content revision this document was stored as: the baseRevision of the next edit (the status still shows the one being served)',
          }),
          unpinned: UnpinnedSchema,
        }),
      ],
      { title: 'SiteWithRevision' },
    ),
    ...siteErrors,
    404: ErrorBodySchema,
    409: ErrorBodySchema,
    413: ErrorBodySchema,
  },
});

export const publishSite = defineRoute({
  method: 'POST',
  url: '/sites/:siteId/publish',
  auth: true,
  summary: 'Pin a Build as the live one (default: the newest that succeeded)',
  tags: ['sites'],
  params: SiteParams,
  body: Type.Object({ build: Type.Optional(ObjectNameSchema) }, { additionalProperties: false }),
  response: { 202: PublishedSiteSchema, ...siteErrors, 404: ErrorBodySchema, 409: ErrorBodySchema },
});

export const unpinSite = defineRoute({
  method: 'DELETE',
  url: '/sites/:siteId/pin',
  auth: true,
  summary: 'Remove the pin: the newest Build that succeeds goes live, now and after every change',
  tags: ['sites'],
  params: SiteParams,
  response: {
    202: Type.Composite([SiteSchema, Type.Object({ unpinned: UnpinnedSchema })], { title: 'UnpinnedSite' }),
    ...siteErrors,
    404: ErrorBodySchema,
  },
});

export const rollbackSite = defineRoute({
  method: 'POST',
  url: '/sites/:siteId/rollback',
  auth: true,
  summary: 'Pin the succeeded Build made before the live one',
  tags: ['sites'],
  params: SiteParams,
  response: { 202: SiteSchema, ...siteErrors, 404: ErrorBodySchema, 409: ErrorBodySchema },
});

export const deleteSite = defineRoute({
  method: 'DELETE',
  url: '/sites/:siteId',
  auth: true,
  summary: 'Delete a site, its builds, content and hosting',
  tags: ['sites'],
  params: SiteParams,
  response: {
    202: Type.Object({ id: SiteNameSchema, status: Type.Literal('deleting') }),
    ...siteErrors,
    404: ErrorBodySchema,
  },
});
