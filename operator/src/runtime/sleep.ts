/**
 * Waits `ms`, or less if `signal` aborts first. Resolves either way (never rejects, unlike
 * timers/promises' setTimeout): the loops that wait want to notice a stop on their next check, not unwind.
 */
export function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
