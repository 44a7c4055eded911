import { Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';
import { SiteNameSchema, SiteParams } from './sites.ts';

// A host as a person types it: the server trims it, drops a trailing dot, lowercases it and says what is
// wrong with one it cannot use (an IP address, a wildcard, a single label, the platform's own domains).
export const HostSchema = Type.String({
  minLength: 4,
  maxLength: 253,
  description:
    "A fully qualified host name such as www.example.com (any case, surrounding space and a trailing dot are dropped); an internationalised one in its xn-- form. Not an IP address, a wildcard or under the platform's own domains",
});

// A host in a path, as this API gives them out: what normaliseCustomHost takes, dot-separated labels of
// letters, digits and inner hyphens, the last starting with a letter (so never an IP address).
const HostPathSchema = Type.String({
  minLength: 4,
  maxLength: 253,
  pattern:
    '^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.?$',
  'x-error-message': 'must be a fully qualified host name such as www.example.com',
  description: 'The host name, as the domain list gives it',
});

export const DomainSchema = Type.Object(
  {
    host: Type.String(),
    site: SiteNameSchema,
    status: Type.Union(
      [Type.Literal('pending'), Type.Literal('verified'), Type.Literal('ready'), Type.Literal('failed')],
      {
        description:
          'pending: waiting for the TXT record; verified: ownership proven, certificate on its way; ready: serving over HTTPS; failed: see message',
      },
    ),
    message: Type.Optional(Type.String({ description: 'What is happening or what to do next' })),
    verification: Type.Object({
      type: Type.Literal('TXT'),
      name: Type.String({ description: 'The DNS name to publish the TXT record at' }),
      value: Type.String({ description: 'The exact value of the TXT record' }),
    }),
    verifiedAt: Type.Optional(Type.String({ format: 'date-time' })),
    conditions: Type.Array(
      Type.Object({
        type: Type.String(),
        status: Type.String(),
        reason: Type.String(),
        message: Type.String(),
      }),
    ),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Domain' },
);

const HostParams = Type.Object({ host: HostPathSchema });

export const addDomain = defineRoute({
  method: 'POST',
  url: '/sites/:siteId/domains',
  auth: true,
  summary: 'Serve a site on a host of your own; answers with the DNS TXT record that proves you own it',
  tags: ['domains'],
  params: SiteParams,
  body: Type.Object({ host: HostSchema }, { additionalProperties: false }),
  response: {
    201: DomainSchema,
    ...authErrors,
    402: ErrorBodySchema,
    404: ErrorBodySchema,
    409: ErrorBodySchema,
  },
});

export const listDomains = defineRoute({
  method: 'GET',
  url: '/domains',
  auth: true,
  summary: "The workspace's domains",
  tags: ['domains'],
  querystring: Type.Object({ siteId: Type.Optional(SiteNameSchema) }),
  response: { 200: Type.Object({ items: Type.Array(DomainSchema) }), ...authErrors },
});

export const getDomain = defineRoute({
  method: 'GET',
  url: '/domains/:host',
  auth: true,
  summary: 'One domain, with its verification record and status',
  tags: ['domains'],
  params: HostParams,
  response: { 200: DomainSchema, ...authErrors, 404: ErrorBodySchema },
});

export const removeDomain = defineRoute({
  method: 'DELETE',
  url: '/domains/:host',
  auth: true,
  summary: 'Stop serving a site on this host and release it',
  tags: ['domains'],
  params: HostParams,
  response: { 204: Type.Null(), ...authErrors, 404: ErrorBodySchema },
});
