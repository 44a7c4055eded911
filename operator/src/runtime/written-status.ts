// A controller sees its own status write only when the watch delivers it. A reconcile that runs in
// between (the objects that same reconcile created trigger one at once) would decide against the status
// from before the write: it would write the same status again and record its Event a second time. So each
// controller remembers what it last wrote, and decides against that until the cache has caught up.

interface Written<S> {
  resourceVersion: string;
  status: S;
}

/**
 * Whether `cached` is older than `written`. Resource versions are opaque to clients in general, but the
 * kube-apiserver's are etcd revisions, which only grow; anything else is treated as caught up, which at
 * worst repeats one write (the behaviour without this memo).
 */
function olderThan(cached: string | undefined, written: string): boolean {
  if (cached === undefined || !/^\d+$/.test(cached) || !/^\d+$/.test(written)) return false;
  return BigInt(cached) < BigInt(written);
}

export class WrittenStatus<S> {
  readonly #byKey = new Map<string, Written<S>>();

  /** The status to decide against: the cached one, or the one written since if the cache is behind it. */
  current(key: string, cached: { metadata?: { resourceVersion?: string }; status?: S }): S | undefined {
    const written = this.#byKey.get(key);
    if (!written) return cached.status;
    if (olderThan(cached.metadata?.resourceVersion, written.resourceVersion)) return written.status;
    this.#byKey.delete(key);
    return cached.status;
  }

  /** Records what the API server answered to a status write. */
  remember(key: string, answer: { metadata?: { resourceVersion?: string }; status?: S }): void {
    const resourceVersion = answer.metadata?.resourceVersion;
    if (resourceVersion === undefined || answer.status === undefined) return;
    this.#byKey.set(key, { resourceVersion, status: answer.status });
  }

  forget(key: string): void {
    this.#byKey.delete(key);
  }

  get size(): number {
    return this.#byKey.size;
  }
}
