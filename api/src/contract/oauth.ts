import { Type } from '@sinclair/typebox';
import { commonErrors, defineRoute, ErrorBodySchema } from './define.ts';

export const OAuthProviderIdSchema = Type.Union(
  [Type.Literal('google'), Type.Literal('github'), Type.Literal('apple')],
  { description: 'The sign-in provider' },
);

const ProviderParams = Type.Object({ provider: OAuthProviderIdSchema });

/** An HTML page for a person in a browser: what went wrong and a link to start again. */
const ErrorPage = Type.String({ description: 'An HTML page saying what went wrong and how to start again' });

/** What the provider sends back, in the query (GET) or as a form (Apple's form_post). */
const CallbackParameters = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 4096 })),
    state: Type.Optional(Type.String({ maxLength: 512 })),
    error: Type.Optional(Type.String({ maxLength: 256 })),
    error_description: Type.Optional(Type.String({ maxLength: 2048 })),
    iss: Type.Optional(Type.String({ maxLength: 2048 })),
    /** Apple: the person's name, on the first sign-in only. */
    user: Type.Optional(Type.String({ maxLength: 4096 })),
  },
  // Providers add parameters of their own (Google's `scope`, `authuser`, `prompt`); they are ignored.
  { additionalProperties: Type.String({ maxLength: 4096 }) },
);

const callbackResponses = {
  302: Type.Null({ description: 'Signed in: on to `{webUrl}/auth/callback?code=<one-time code>`' }),
  400: Type.Union([ErrorBodySchema, ErrorPage]),
  404: ErrorBodySchema,
  429: ErrorBodySchema,
  500: ErrorBodySchema,
  503: Type.Union([ErrorBodySchema, ErrorPage]),
} as const;

export const oauthProviders = defineRoute({
  method: 'GET',
  url: '/auth/oauth/providers',
  auth: false,
  rateLimit: 'default',
  summary: 'The sign-in providers this server offers (for the sign-in buttons)',
  tags: ['auth'],
  response: {
    200: Type.Object({
      providers: Type.Array(
        Type.Object({
          id: OAuthProviderIdSchema,
          name: Type.String({ description: 'For the button: Google, GitHub, Apple' }),
          startUrl: Type.String({ description: 'Where the browser goes to sign in (below this API)' }),
        }),
      ),
    }),
    ...commonErrors,
  },
});

export const oauthStart = defineRoute({
  method: 'GET',
  url: '/auth/oauth/:provider/start',
  auth: false,
  summary: 'Starts a sign-in: redirects the browser to the provider',
  tags: ['auth'],
  params: ProviderParams,
  querystring: Type.Object({
    redirect: Type.Optional(
      Type.String({
        pattern: '^/(?!/)[\\x21-\\x5b\\x5d-\\x7e]*$',
        maxLength: 512,
        description: 'The web app path to land on afterwards (a path on the web app, e.g. /sites)',
      }),
    ),
    codeChallenge: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9_-]{43}$',
        description:
          'BASE64URL(SHA-256(verifier)) of a secret the web app keeps; the exchange then needs the verifier, so a stolen one-time code is useless',
      }),
    ),
  }),
  response: {
    302: Type.Null({ description: 'On to the provider; a cookie ties the answer to this browser' }),
    404: ErrorBodySchema,
    503: ErrorBodySchema,
    ...commonErrors,
  },
});

export const oauthCallback = defineRoute({
  method: 'GET',
  url: '/auth/oauth/:provider/callback',
  auth: false,
  summary: "The provider's answer (redirect_uri): signs in and sends the browser to the web app",
  tags: ['auth'],
  params: ProviderParams,
  querystring: CallbackParameters,
  response: callbackResponses,
});

export const oauthCallbackPost = defineRoute({
  method: 'POST',
  url: '/auth/oauth/:provider/callback',
  auth: false,
  summary: "The provider's answer as a form post (Apple, response_mode=form_post)",
  tags: ['auth'],
  params: ProviderParams,
  body: CallbackParameters,
  response: callbackResponses,
});

export const oauthExchange = defineRoute({
  method: 'POST',
  url: '/auth/oauth/exchange',
  auth: false,
  summary: 'Trades the one-time code from the sign-in redirect for an access and refresh token',
  tags: ['auth'],
  body: Type.Object(
    {
      code: Type.String({ minLength: 1, maxLength: 128 }),
      codeVerifier: Type.Optional(
        Type.String({
          minLength: 43,
          maxLength: 128,
          description: 'The secret whose challenge was sent to /start, when one was',
        }),
      ),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      accessToken: Type.String(),
      refreshToken: Type.String(),
      tokenType: Type.Literal('Bearer'),
      expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
      userId: Type.String(),
      provider: OAuthProviderIdSchema,
      redirect: Type.String({ description: 'The web app path the sign-in was started for' }),
    }),
    401: ErrorBodySchema,
    ...commonErrors,
  },
});
