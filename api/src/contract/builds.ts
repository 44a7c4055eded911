import { BUILD_PHASES } from '@pagemagic/crds';
import { Type } from '@sinclair/typebox';
import { defineRoute, ErrorBodySchema } from './define.ts';
import { ObjectNameSchema, SiteParams, siteErrors } from './sites.ts';

export const BuildSchema = Type.Object(
  {
    id: Type.String(),
    site: Type.String(),
    phase: Type.Union(BUILD_PHASES.map((phase) => Type.Literal(phase))),
    contentRevision: Type.String(),
    image: Type.Optional(Type.String({ description: 'Image reference pinned by digest' })),
    imageDigest: Type.Optional(Type.String()),
    pages: Type.Optional(Type.Integer()),
    bytes: Type.Optional(Type.Integer()),
    durations: Type.Optional(
      Type.Object({
        renderSeconds: Type.Optional(Type.Number()),
        pushSeconds: Type.Optional(Type.Number()),
        totalSeconds: Type.Optional(Type.Number()),
      }),
    ),
    startedAt: Type.Optional(Type.String({ format: 'date-time' })),
    completedAt: Type.Optional(Type.String({ format: 'date-time' })),
    createdAt: Type.String({ format: 'date-time' }),
    live: Type.Boolean({ description: 'This Build is the one the site serves' }),
    message: Type.Optional(Type.String({ description: 'Why the Build failed' })),
    previewUrl: Type.Optional(Type.String({ description: 'Where this Build can be seen before it is live' })),
    contentChange: Type.Optional(
      Type.Union(
        [Type.Literal('create'), Type.Literal('edit'), Type.Literal('section'), Type.Literal('regenerate')],
        {
          description:
            'What made its content: create (written from the description), edit (saved in the editor or PUT content), section (one section rewritten), regenerate (written again); absent for content from elsewhere',
        },
      ),
    ),
  },
  { title: 'Build' },
);

export const listSiteBuilds = defineRoute({
  method: 'GET',
  url: '/sites/:siteId/builds',
  auth: true,
  summary: "A site's Builds, newest first",
  tags: ['builds'],
  params: SiteParams,
  response: {
    200: Type.Object({ items: Type.Array(BuildSchema) }),
    ...siteErrors,
    404: ErrorBodySchema,
  },
});

export const getBuild = defineRoute({
  method: 'GET',
  url: '/builds/:buildId',
  auth: true,
  summary: 'One Build of a site in this workspace',
  tags: ['builds'],
  params: Type.Object({ buildId: ObjectNameSchema }),
  response: { 200: BuildSchema, ...siteErrors, 404: ErrorBodySchema },
});
