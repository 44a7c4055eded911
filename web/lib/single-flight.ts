// One piece of work per key at a time: callers that ask for a key while its work is in flight wait for the
// same result, and a result the owner chooses to share is handed out again for a short window after it
// settled. The proxy uses it so that parallel requests carrying one refresh token spend it once.

export interface SingleFlightOptions<T> {
  /** How long a settled result stays available to callers that arrive after it. */
  shareMs: number;
  /** Whether a result may be handed to later callers (failures never are). */
  share: (value: T) => boolean;
  now?: () => number;
}

interface Flight<T> {
  promise: Promise<T>;
  /** When the work settled with a result to share; undefined while it is in flight. */
  settledAt?: number;
}

export class SingleFlight<T> {
  readonly #flights = new Map<string, Flight<T>>();
  readonly #shareMs: number;
  readonly #share: (value: T) => boolean;
  readonly #now: () => number;

  constructor(options: SingleFlightOptions<T>) {
    this.#shareMs = options.shareMs;
    this.#share = options.share;
    this.#now = options.now ?? Date.now;
  }

  /** Flights in progress plus results still shared (for tests). */
  get size(): number {
    return this.#flights.size;
  }

  run(key: string, work: () => Promise<T>): Promise<T> {
    this.#forgetExpired();
    const current = this.#flights.get(key);
    if (current) return current.promise;
    // In the map before the work starts, so even work that throws at once finds (and removes) its entry.
    const flight = {} as Flight<T>;
    this.#flights.set(key, flight);
    flight.promise = (async () => {
      try {
        const value = await work();
        if (this.#flights.get(key) === flight) {
          if (this.#share(value)) flight.settledAt = this.#now();
          else this.#flights.delete(key);
        }
        return value;
      } catch (error) {
        if (this.#flights.get(key) === flight) this.#flights.delete(key);
        throw error;
      }
    })();
    return flight.promise;
  }

  #forgetExpired(): void {
    const now = this.#now();
    for (const [key, flight] of this.#flights) {
      if (flight.settledAt !== undefined && now - flight.settledAt >= this.#shareMs)
        this.#flights.delete(key);
    }
  }
}
