import { Type } from '@sinclair/typebox';
import { commonErrors, defineRoute, ErrorBodySchema } from './define.ts';

/** Opaque secrets the API hands out (link tokens, refresh tokens, poll secrets): 32 bytes, base64url. */
const Secret = Type.String({ pattern: '^[A-Za-z0-9_-]{43}$', description: '43 characters of base64url' });

export const TokenPairSchema = Type.Object(
  {
    accessToken: Type.String({ description: 'JWT (RS256) to send as Authorization: Bearer' }),
    refreshToken: Type.String({ description: 'Opaque; spent on use, POST /api/v1/auth/refresh' }),
    tokenType: Type.Literal('Bearer'),
    expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
    userId: Type.String({ format: 'uuid' }),
  },
  { title: 'TokenPair' },
);

const HtmlPage = Type.String({ description: 'An HTML page (text/html) for a person in a browser' });

export const login = defineRoute({
  method: 'POST',
  url: '/auth/login',
  auth: false,
  summary:
    'Emails a sign-in link. Answers the same for every address, known or not; a device that cannot open the link polls /auth/login/poll',
  tags: ['auth'],
  body: Type.Object(
    {
      email: Type.String({ format: 'email', minLength: 3, maxLength: 254 }),
      openIn: Type.Optional(
        Type.Union([Type.Literal('browser'), Type.Literal('app')], {
          description:
            'Where the email\'s link opens: "app" adds a pagemagic://confirm link that the mobile app exchanges; the browser link is always there',
        }),
      ),
    },
    { additionalProperties: false },
  ),
  response: {
    202: Type.Object({
      status: Type.Literal('sent'),
      message: Type.String(),
      loginRequestId: Type.String({ format: 'uuid' }),
      pollSecret: Type.String({ description: 'Keep it: with loginRequestId it collects the sign-in' }),
      verificationCode: Type.String({
        description: 'Show it to the person: the page the link opens shows the same code',
      }),
      expiresIn: Type.Integer({ description: 'Seconds the link stays valid' }),
    }),
    ...commonErrors,
    503: ErrorBodySchema,
  },
});

export const confirmPage = defineRoute({
  method: 'GET',
  url: '/auth/confirm',
  auth: false,
  summary:
    'The page a sign-in link opens: asks to confirm with a button. Does not spend the link (mail scanners fetch links)',
  tags: ['auth'],
  querystring: Type.Object({ token: Type.String({ maxLength: 128 }) }),
  response: { 200: HtmlPage, 410: HtmlPage, ...commonErrors },
  mediaTypes: { 200: 'text/html', 410: 'text/html' },
});

export const confirm = defineRoute({
  method: 'POST',
  url: '/auth/confirm',
  auth: false,
  summary:
    'Spends a sign-in link (once). JSON callers get a token pair; a form post from the confirm page gets an HTML page and the session goes to the device polling for it',
  tags: ['auth'],
  body: Type.Object({ token: Type.String({ maxLength: 128 }) }, { additionalProperties: false }),
  response: { 200: TokenPairSchema, 410: ErrorBodySchema, ...commonErrors, 503: ErrorBodySchema },
});

export const pollLogin = defineRoute({
  method: 'POST',
  url: '/auth/login/poll',
  auth: false,
  summary:
    'Waits for a sign-in link to be confirmed: 202 pending, then the token pair exactly once, then 410',
  tags: ['auth'],
  // A device polls every few seconds for minutes; the 256-bit poll secret is what fences this route, so
  // the strict sign-in budget (meant for guessable inputs and sending mail) would only cut polling short.
  rateLimit: 'default',
  body: Type.Object(
    { loginRequestId: Type.String({ format: 'uuid' }), pollSecret: Secret },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({ status: Type.Literal('confirmed'), ...TokenPairSchema.properties }),
    202: Type.Object({ status: Type.Literal('pending') }),
    404: ErrorBodySchema,
    410: ErrorBodySchema,
    ...commonErrors,
  },
});

export const refresh = defineRoute({
  method: 'POST',
  url: '/auth/refresh',
  auth: false,
  summary:
    'Trades a refresh token for a new pair. Each refresh token works once; presenting a spent one ends the sign-in everywhere',
  tags: ['auth'],
  // A budget of its own: a refresh names an unguessable token rather than an email, and the web app's
  // refreshes must not use up its visitors' sign-in attempts (nor sign-ins its refreshes).
  rateLimit: 'refresh',
  body: Type.Object({ refreshToken: Type.String({ maxLength: 128 }) }, { additionalProperties: false }),
  response: { 200: TokenPairSchema, 401: ErrorBodySchema, ...commonErrors },
});

export const logout = defineRoute({
  method: 'POST',
  url: '/auth/logout',
  auth: false,
  summary: 'Ends the sign-in a refresh token belongs to; its access tokens stop working at once. Idempotent',
  tags: ['auth'],
  // Like a refresh, it names an unguessable token: signing out must not spend, nor be stopped by, the
  // sign-in attempts of everybody behind the same address.
  rateLimit: 'refresh',
  body: Type.Object({ refreshToken: Type.String({ maxLength: 128 }) }, { additionalProperties: false }),
  response: { 204: Type.Null(), ...commonErrors },
});
