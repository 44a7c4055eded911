// Which workspace a request acts in, and the caller's role there, is asked on nearly every request. The
// answer is remembered in process for a few seconds (the session cache's setting) and forgotten at once when
// it may have changed: here by the call that changed it, and in every other replica by a NATS message
// (`MEMBERSHIPS_CHANGED_SUBJECT`: a user id, or `*` for everyone). A look-up that was already under way
// when something changed is not remembered, so it cannot bring an old role back.

import type { NatsConnection, Subscription } from 'nats';

export const MEMBERSHIPS_CHANGED_SUBJECT = 'pagemagic.api.memberships-changed';
const EVERYONE = '*';
const MAX_ENTRIES = 50_000;

export class MembershipCache<V> {
  readonly #cacheMs: number;
  readonly #nats: NatsConnection | undefined;
  readonly #subscription: Subscription | undefined;
  /** user id → (workspace asked for, '' for the default one) → the answer, until when it may be used. */
  readonly #byUser = new Map<string, Map<string, { value: V; until: number }>>();
  #size = 0;
  /** Bumped on every change: a look-up that started before must not be remembered. */
  #epoch = 0;

  constructor(options: { cacheMs: number; nats?: NatsConnection }) {
    this.#cacheMs = options.cacheMs;
    this.#nats = options.nats;
    if (this.#cacheMs > 0 && this.#nats) {
      this.#subscription = this.#nats.subscribe(MEMBERSHIPS_CHANGED_SUBJECT, {
        callback: (error, message) => {
          // Without the messages another replica's change could go unseen: forget everything.
          this.#forget(error ? EVERYONE : message.string());
        },
      });
    }
  }

  close(): void {
    this.#subscription?.unsubscribe();
  }

  get epoch(): number {
    return this.#epoch;
  }

  get(userId: string, workspaceId: string | undefined, now = Date.now()): V | undefined {
    const entry = this.#byUser.get(userId)?.get(workspaceId ?? '');
    return entry && entry.until > now ? entry.value : undefined;
  }

  /** Remembers an answer looked up since `epoch` (read before the look-up). */
  set(userId: string, workspaceId: string | undefined, value: V, epoch: number, now = Date.now()): void {
    if (this.#cacheMs <= 0 || epoch !== this.#epoch) return;
    if (this.#size >= MAX_ENTRIES) this.#forgetLocally(EVERYONE);
    let answers = this.#byUser.get(userId);
    if (!answers) {
      answers = new Map();
      this.#byUser.set(userId, answers);
    }
    if (!answers.has(workspaceId ?? '')) this.#size += 1;
    answers.set(workspaceId ?? '', { value, until: now + this.#cacheMs });
  }

  /**
   * Memberships of these users (or, with none named, of anyone: a workspace renamed or deleted) changed:
   * forget here, and tell every other replica.
   */
  changed(userIds: readonly string[] = []): void {
    const keys = userIds.length === 0 ? [EVERYONE] : userIds;
    for (const key of keys) {
      this.#forget(key);
      if (this.#cacheMs > 0 && this.#nats && !this.#nats.isClosed()) {
        try {
          this.#nats.publish(MEMBERSHIPS_CHANGED_SUBJECT, key);
        } catch {
          // A closing connection: the other replicas' entries still run out after cacheMs.
        }
      }
    }
  }

  #forget(key: string): void {
    this.#epoch += 1;
    this.#forgetLocally(key);
  }

  #forgetLocally(key: string): void {
    if (key === EVERYONE) {
      this.#byUser.clear();
      this.#size = 0;
      return;
    }
    this.#size -= this.#byUser.get(key)?.size ?? 0;
    this.#byUser.delete(key);
  }
}
