import type { CustomObject } from '@pagemagic/crds';

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
