import { Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';
import { SiteParams } from './sites.ts';

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
        maxLength: 2000,
        description:
          'How the section should change, e.g. "shorter" or "mention free delivery"; required with section',
      }),
    ),
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
    }),
    ...authErrors,
    404: ErrorBodySchema,
    409: ErrorBodySchema,
    503: ErrorBodySchema,
  },
});
