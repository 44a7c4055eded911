import type { SiteDocument } from '@pagemagic/crds/site-document';
import { Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';
import { KeepPinSchema, SiteParams, UnpinnedSchema } from './sites.ts';

export const RegenerateBodySchema = Type.Object(
  {
    section: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 63,
        description:
          'Rewrite only this section (its id in the site document); leave out to write the whole site again',
      }),
    ),
    instruction: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 2000,
        pattern: '\\S',
        description:
          'How the section should change, e.g. "shorter" or "mention free delivery"; required with section',
      }),
    ),
    keepPin: KeepPinSchema,
  },
  { additionalProperties: false },
);

export const regenerateSite = defineRoute({
  method: 'POST',
  url: '/sites/:siteId/regenerate',
  auth: true,
  summary:
    'Write the whole site again from its brief ({}), or rewrite one section following an instruction ({section, instruction})',
  tags: ['sites'],
  params: SiteParams,
  body: RegenerateBodySchema,
  response: {
    202: Type.Object({
      siteId: Type.String(),
      generation: Type.Integer({ description: 'The Website generation that carries the change' }),
      section: Type.Optional(Type.String({ description: 'The section rewritten' })),
      contentRevision: Type.Optional(
        Type.String({ description: 'The content revision stored for a section rewrite' }),
      ),
      unpinned: UnpinnedSchema,
    }),
    ...authErrors,
    402: ErrorBodySchema,
    404: ErrorBodySchema,
    409: ErrorBodySchema,
    503: ErrorBodySchema,
  },
});

/**
 * A whole site document. The route checks it with validateSiteDocument, which names every problem with its
 * path at once, so the schema only asks for an object; the type is what clients send and read back.
 */
const SiteDocumentBody = Type.Unsafe<SiteDocument>({
  type: 'object',
  additionalProperties: true,
  description: 'A site document (crds/src/site-document.ts)',
});

export const improveSectionDraft = defineRoute({
  method: 'POST',
  url: '/sites/:siteId/sections/improve',
  auth: true,
  summary:
    'Rewrite one section of a document you are editing and get the document back; nothing is stored, save it with PUT /sites/:siteId/content',
  tags: ['sites'],
  params: SiteParams,
  body: Type.Object(
    {
      document: SiteDocumentBody,
      section: Type.String({
        minLength: 1,
        maxLength: 63,
        description: 'The id of the section to rewrite, in the document sent',
      }),
      instruction: Type.String({
        minLength: 1,
        maxLength: 2000,
        pattern: '\\S',
        description: 'How the section should change, e.g. "shorter" or "mention free delivery"',
      }),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      document: SiteDocumentBody,
      section: Type.String({ description: 'The section rewritten' }),
    }),
    ...authErrors,
    402: ErrorBodySchema,
    404: ErrorBodySchema,
    413: ErrorBodySchema,
    503: ErrorBodySchema,
  },
});
