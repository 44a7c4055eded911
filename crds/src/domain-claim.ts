import { type Static, Type } from '@sinclair/typebox';
import { HOSTNAME_PATTERN } from './domain.ts';
import { type CustomObject, type KindDefinition, objectName } from './meta.ts';

export const DomainClaimSpecSchema = Type.Object({
  hostname: Type.String({
    maxLength: 253,
    description: 'The normalised host name this claim reserves; also the claim’s name.',
    'x-kubernetes-validations': [
      {
        rule: `self.matches('${HOSTNAME_PATTERN}')`,
        message: 'hostname must be a normalised host name: lowercase, punycode, no trailing dot',
      },
    ],
  }),
  namespace: objectName('The namespace of the Domain that holds this host.'),
  domain: objectName('The name of the Domain that holds this host.'),
  domainUid: Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'The uid of that Domain, so a recreated Domain of the same name does not inherit the claim.',
  }),
});

// Empty, but present: every Page Magic kind has a status subresource, and a claim may grow one.
export const DomainClaimStatusSchema = Type.Object({});

export type DomainClaimSpec = Static<typeof DomainClaimSpecSchema>;
export type DomainClaim = CustomObject<'DomainClaim', DomainClaimSpec, Record<string, never>>;

export const domainClaimKind: KindDefinition = {
  kind: 'DomainClaim',
  plural: 'domainclaims',
  singular: 'domainclaim',
  shortNames: ['dclaim'],
  scope: 'Cluster',
  spec: DomainClaimSpecSchema,
  status: DomainClaimStatusSchema,
  printerColumns: [
    { name: 'Namespace', type: 'string', jsonPath: '.spec.namespace' },
    { name: 'Domain', type: 'string', jsonPath: '.spec.domain' },
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
  ],
  objectRules: [
    // Naming the claim after the host is what makes the API server enforce "one holder per host".
    {
      rule: 'self.metadata.name == self.spec.hostname',
      fieldPath: '.metadata.name',
      message: 'metadata.name must equal spec.hostname',
    },
    // A claim changes holder only by being deleted and created again, never by an edit.
    {
      rule: '!has(oldSelf.spec) || self.spec == oldSelf.spec',
      fieldPath: '.spec',
      message: 'spec is immutable',
    },
  ],
};
