import { describe, expect, it } from 'vitest';
import { SingleFlight } from '../lib/single-flight.ts';

/** A promise settled from outside, to hold work in flight while other callers arrive. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('SingleFlight', () => {
  it('runs the work once for callers that arrive while it is in flight, and gives each the result', async () => {
    const flights = new SingleFlight<string>({ shareMs: 10_000, share: () => true });
    const work = deferred<string>();
    let runs = 0;
    const start = () =>
      flights.run('key', () => {
        runs += 1;
        return work.promise;
      });
    const callers = [start(), start(), start()];
    work.resolve('new pair');
    expect(await Promise.all(callers)).toEqual(['new pair', 'new pair', 'new pair']);
    expect(runs).toBe(1);
  });

  it('keeps different keys apart', async () => {
    const flights = new SingleFlight<string>({ shareMs: 10_000, share: () => true });
    const results = await Promise.all([
      flights.run('a', async () => 'for a'),
      flights.run('b', async () => 'for b'),
    ]);
    expect(results).toEqual(['for a', 'for b']);
  });

  it('hands a shared result to a caller arriving within the window, and runs again after it', async () => {
    const time = clock();
    const flights = new SingleFlight<number>({ shareMs: 10_000, share: () => true, now: time.now });
    let runs = 0;
    const work = async () => {
      runs += 1;
      return runs;
    };
    expect(await flights.run('key', work)).toBe(1);
    time.advance(9_999);
    expect(await flights.run('key', work)).toBe(1);
    time.advance(1);
    expect(await flights.run('key', work)).toBe(2);
    expect(runs).toBe(2);
  });

  it('does not keep a result it is told not to share, nor a failure', async () => {
    const flights = new SingleFlight<string>({ shareMs: 10_000, share: (value) => value === 'tokens' });
    let runs = 0;
    expect(await flights.run('key', async () => `busy ${++runs}`)).toBe('busy 1');
    expect(await flights.run('key', async () => `busy ${++runs}`)).toBe('busy 2');
    await expect(
      flights.run('key', async () => {
        runs += 1;
        throw new Error('network');
      }),
    ).rejects.toThrow('network');
    expect(await flights.run('key', async () => `busy ${++runs}`)).toBe('busy 4');
  });

  it('shares a failure with the callers that were waiting for it', async () => {
    const flights = new SingleFlight<string>({ shareMs: 10_000, share: () => true });
    const work = deferred<string>();
    const callers = [flights.run('key', () => work.promise), flights.run('key', () => work.promise)];
    work.reject(new Error('network'));
    for (const caller of callers) await expect(caller).rejects.toThrow('network');
  });

  it('forgets shared results once their window has passed', async () => {
    const time = clock();
    const flights = new SingleFlight<string>({ shareMs: 1_000, share: () => true, now: time.now });
    for (let i = 0; i < 50; i += 1) await flights.run(`key-${i}`, async () => 'pair');
    expect(flights.size).toBe(50);
    time.advance(1_000);
    await flights.run('another', async () => 'pair');
    expect(flights.size).toBe(1);
  });
});
