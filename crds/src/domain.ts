import { type Static, Type } from '@sinclair/typebox';
import { type CustomObject, conditionList, type KindDefinition, objectName } from './meta.ts';

/** Lowercase labels of letters, digits and inner hyphens, at least two of them, no trailing dot. [.] rather than an escaped dot, because CEL string literals do not accept a backslash-dot escape. */
export const HOSTNAME_PATTERN = '^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?[.])+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$';

export const DomainSpecSchema = Type.Object({
  hostname: Type.String({
    maxLength: 253,
    description: 'The fully qualified host name to serve the Website on, e.g. www.example.com.',
    'x-kubernetes-validations': [
      {
        rule: "!self.startsWith('*')",
        message: 'hostname must not be a wildcard; add each host name separately',
      },
      {
        rule: `self.matches('${HOSTNAME_PATTERN}')`,
        message:
          'hostname must be a lowercase fully qualified domain name such as www.example.com (letters, digits, "-" and dots; no trailing dot)',
      },
      { rule: 'self == oldSelf', message: 'hostname is immutable; create a new Domain for another host' },
    ],
  }),
  website: objectName('The Website in this namespace that this host serves.'),
});

export const DomainStatusSchema = Type.Object({
  observedGeneration: Type.Optional(
    Type.Integer({ minimum: 0, description: 'The generation the operator last acted on.' }),
  ),
  conditions: Type.Optional(conditionList()),
  verification: Type.Optional(
    Type.Object(
      {
        recordName: Type.String({ maxLength: 253, description: 'The DNS TXT record to publish.' }),
        recordValue: Type.String({ maxLength: 255, description: 'The value that proves ownership.' }),
      },
      { description: 'The TXT record that proves the owner controls the host.' },
    ),
  ),
  verifiedAt: Type.Optional(
    Type.String({ format: 'date-time', description: 'When ownership was first proven.' }),
  ),
  lastCheckedAt: Type.Optional(
    Type.String({ format: 'date-time', description: 'When the TXT record was last looked up.' }),
  ),
  certificate: Type.Optional(
    Type.Object(
      {
        secretName: Type.Optional(
          Type.String({ maxLength: 253, description: 'The Secret holding the TLS certificate and key.' }),
        ),
        notAfter: Type.Optional(
          Type.String({ format: 'date-time', description: 'When the certificate expires.' }),
        ),
        issuedBy: Type.Optional(
          Type.Union([Type.Literal('acme'), Type.Literal('cert-manager')], {
            description:
              'Who issues the certificate; with acme the Website Ingress routes the HTTP-01 challenge to the operator.',
          }),
        ),
      },
      { description: "The site's TLS certificate for this host." },
    ),
  ),
});

export type DomainSpec = Static<typeof DomainSpecSchema>;
export type DomainStatus = Static<typeof DomainStatusSchema>;
export type Domain = CustomObject<'Domain', DomainSpec, DomainStatus>;

export const domainKind: KindDefinition = {
  kind: 'Domain',
  plural: 'domains',
  singular: 'domain',
  shortNames: ['dom'],
  spec: DomainSpecSchema,
  status: DomainStatusSchema,
  printerColumns: [
    { name: 'Host', type: 'string', jsonPath: '.spec.hostname' },
    { name: 'Website', type: 'string', jsonPath: '.spec.website' },
    { name: 'Verified', type: 'string', jsonPath: '.status.conditions[?(@.type=="Verified")].status' },
    { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
  ],
};

// The DNS TXT record that proves a Domain's owner: the API chooses its value when a Domain is added (so the
// answer already says what to publish), the operator looks it up, and the CLI and web app show it.

export const RECORD_PREFIX = '_pagemagic-challenge.';
export const RECORD_VALUE_PREFIX = 'pagemagic-verify=';

/** `_pagemagic-challenge.<host>` with the value `pagemagic-verify=<token>`. */
export function verificationRecord(host: string, token: string): NonNullable<DomainStatus['verification']> {
  return { recordName: `${RECORD_PREFIX}${host}`, recordValue: `${RECORD_VALUE_PREFIX}${token}` };
}

/** TXT answers arrive as chunks of at most 255 bytes each; a long value is their concatenation. */
export function txtRecordsContain(records: readonly (readonly string[])[], value: string): boolean {
  return records.some((chunks) => chunks.join('') === value);
}
