import { type Static, type TSchema, Type } from '@sinclair/typebox';

export const GROUP = 'pagemagic.dev';
export const VERSION = 'v1alpha1';
export const API_VERSION = `${GROUP}/${VERSION}`;

/** metav1.Condition, with the bounds the Kubernetes API conventions set. */
export const ConditionSchema = Type.Object({
  type: Type.String({
    minLength: 1,
    maxLength: 316,
    description: 'What the condition is about, e.g. Ready.',
  }),
  status: Type.Union([Type.Literal('True'), Type.Literal('False'), Type.Literal('Unknown')], {
    description: 'True, False or Unknown.',
  }),
  observedGeneration: Type.Optional(
    Type.Integer({ minimum: 0, description: 'The generation of the object this condition was set from.' }),
  ),
  lastTransitionTime: Type.String({ format: 'date-time', description: 'When status last changed.' }),
  reason: Type.String({
    minLength: 1,
    maxLength: 1024,
    pattern: '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$',
    description: 'Why, in one CamelCase word, for programs.',
  }),
  message: Type.String({ maxLength: 32768, description: 'Why, in a sentence, for people.' }),
});
export type Condition = Static<typeof ConditionSchema>;

export const conditionList = () =>
  Type.Array(ConditionSchema, {
    description: 'The latest observations of the object, one per type (Kubernetes conditions).',
    maxItems: 16,
    'x-kubernetes-list-type': 'map',
    'x-kubernetes-list-map-keys': ['type'],
  });

/** A name of another object in the same namespace. */
export const objectName = (description: string) =>
  Type.String({ minLength: 1, maxLength: 253, pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$', description });

/** Enum of strings: TypeBox writes literal unions as anyOf/const, which structural schemas reject. */
export const stringEnum = <const T extends readonly string[]>(
  values: T,
  options: Record<string, unknown> = {},
) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** The slice of ObjectMeta that Page Magic code reads and writes. */
export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: Array<{
    apiVersion: string;
    kind: string;
    name: string;
    uid: string;
    controller?: boolean;
    blockOwnerDeletion?: boolean;
  }>;
  /** Who wrote which fields, and when (entries as the API server writes them; see ManagedFieldsEntry). */
  managedFields?: unknown[];
}

/** The parts of a managedFields entry Page Magic reads. */
export interface ManagedFieldsEntry {
  manager?: string;
  operation?: 'Apply' | 'Update';
  time?: string;
  subresource?: string;
}

export interface CustomObject<Kind extends string, Spec, Status> {
  apiVersion: typeof API_VERSION;
  kind: Kind;
  metadata: ObjectMeta;
  spec: Spec;
  status?: Status;
}

/** How one kind is presented to the API server: names, columns, rules on the whole object. */
export interface KindDefinition {
  kind: string;
  plural: string;
  singular: string;
  shortNames: string[];
  /** Defaults to Namespaced. */
  scope?: 'Namespaced' | 'Cluster';
  spec: TSchema;
  status: TSchema;
  printerColumns: Array<{
    name: string;
    type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
    jsonPath: string;
    description?: string;
    priority?: number;
  }>;
  /** CEL rules on the whole object, e.g. on metadata.name, which a property schema cannot reach. */
  objectRules?: Array<{
    rule: string;
    message: string;
    /** Where the error points; without it the API server reports the object root as `<nil>`. */
    fieldPath?: string;
    reason?: 'FieldValueInvalid' | 'FieldValueForbidden' | 'FieldValueRequired' | 'FieldValueDuplicate';
  }>;
}

/** The ownerReference that makes `owner` the controller of a child, so garbage collection follows it. */
export function controllerReference(owner: CustomObject<string, unknown, unknown>) {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name ?? '',
    uid: owner.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** Where a kind lives on the API server, as a client addresses it. */
export interface KindResource {
  apiVersion: typeof API_VERSION;
  plural: string;
  kind: string;
  /** Defaults to true. */
  namespaced?: boolean;
}

/** The resource reference of one of the platform's kinds, from its definition. */
export function kindResource(definition: KindDefinition): KindResource {
  return {
    apiVersion: API_VERSION,
    plural: definition.plural,
    kind: definition.kind,
    ...(definition.scope === 'Cluster' ? { namespaced: false } : {}),
  };
}
