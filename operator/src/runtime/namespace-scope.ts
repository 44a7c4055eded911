// The namespaces one installation owns, when several share a cluster: those whose labels match a selector.
// The caches stay cluster-wide (one watch per kind, however many workspaces there are) and the scope
// decides which keys a controller takes. The Namespace informer lists with the selector, so the API server
// itself says when a namespace starts matching (ADDED) or stops (DELETED) as its labels change.

import type { Informer } from './informer.ts';
import type { KubeObject } from './kube-client.ts';

/** The index a scope adds to informers it replays: objects by their namespace. */
export const BY_NAMESPACE = 'namespace';

const namespaceOf = (object: KubeObject): string[] =>
  object.metadata?.namespace ? [object.metadata.namespace] : [];

export class NamespaceScope {
  readonly #namespaces: Informer<KubeObject>;
  readonly #admitted = new Set<(namespace: string) => void>();

  /** `namespaces` lists Namespaces with the installation's label selector. */
  constructor(namespaces: Informer<KubeObject>) {
    this.#namespaces = namespaces;
    namespaces.onAdd((namespace) => {
      const name = namespace.metadata?.name;
      if (!name) return;
      for (const handler of this.#admitted) handler(name);
    });
  }

  /** Whether the matching namespaces have been listed, so a namespace not admitted is truly out of scope. */
  hasSynced(): boolean {
    return this.#namespaces.hasSynced();
  }

  admits(namespace: string): boolean {
    return this.#namespaces.get(namespace) !== undefined;
  }

  /**
   * Whether a work-queue key (`namespace/name`) is in scope. A cluster-scoped key is not: every write the
   * operator makes belongs to a namespaced object, and a cluster-scoped one (a DomainClaim) is written
   * only while reconciling the namespaced Domain that holds it.
   */
  admitsKey(key: string): boolean {
    const slash = key.indexOf('/');
    return slash > 0 && this.admits(key.slice(0, slash));
  }

  /**
   * Calls `handler` with every object of `informer` cached in a namespace when that namespace starts
   * matching: events for those objects arrived while they were out of scope and were dropped.
   */
  replayOnAdmit<T extends KubeObject>(informer: Informer<T>, handler: (object: T) => void): void {
    // Indexed so a namespace that starts matching costs its own objects, not a scan of the whole cache:
    // at start every namespace is announced, possibly after the other caches have filled.
    if (!informer.hasIndex(BY_NAMESPACE)) informer.addIndex(BY_NAMESPACE, namespaceOf);
    this.#admitted.add((namespace) => {
      for (const object of informer.byIndex(BY_NAMESPACE, namespace)) handler(object);
    });
  }
}
