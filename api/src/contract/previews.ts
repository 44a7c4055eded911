import { Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';
import { ObjectNameSchema } from './sites.ts';

export const buildPreview = defineRoute({
  method: 'GET',
  url: '/builds/:buildId/preview',
  auth: true,
  summary: 'A link that shows this Build (e.g. in an iframe) without signing in, until it expires',
  tags: ['builds'],
  params: Type.Object({ buildId: ObjectNameSchema }),
  response: {
    200: Type.Object({
      previewUrl: Type.String({ description: '`<api>/preview/<token>/`; anyone holding it sees this Build' }),
      expiresAt: Type.String({ format: 'date-time' }),
    }),
    ...authErrors,
    404: ErrorBodySchema,
  },
});

const Page = Type.String({ description: 'The file, or an HTML page saying why there is none' });

export const previewFile = defineRoute({
  method: 'GET',
  // `/preview/<token>/<path in the site>`. One wildcard rather than `:token/*`: a signed token is longer
  // than the router allows a parameter to be. The handler reads both parts from the URL as sent, so no
  // params schema (a `*` key in one also defeats tsc's inference, TS2589).
  url: '/preview/*',
  root: true,
  auth: false,
  summary:
    "A Build's site, served from its image: the token in the path is the only credential (403 tampered, 410 expired)",
  tags: ['builds'],
  response: {
    200: Page,
    301: Page,
    403: Page,
    404: Page,
    410: Page,
    429: ErrorBodySchema,
    500: ErrorBodySchema,
    502: Page,
  },
  mediaTypes: {
    200: '*/*',
    301: 'text/html',
    403: 'text/html',
    404: 'text/html',
    410: 'text/html',
    502: 'text/html',
  },
});
