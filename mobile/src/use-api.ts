// Loading one thing from the API for a screen: data, the error as the API put it, a loading flag for the
// first load and a refreshing flag for pull to refresh. Answers that arrive after the screen moved on
// (a newer reload, an unmounted screen) are dropped.

import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  refreshing: boolean;
  reload: () => Promise<void>;
  /** Replaces the data with what an action answered (a publish returns the site). */
  setData: (data: T) => void;
}

export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [refreshing, setRefreshing] = useState(false);
  const latest = useRef(0);
  const run = useCallback(async (pull: boolean) => {
    const call = ++latest.current;
    if (pull) setRefreshing(true);
    try {
      const value = await load();
      if (call !== latest.current) return;
      setData(value);
      setError(undefined);
    } catch (problem) {
      if (call !== latest.current) return;
      setError(problem);
    } finally {
      if (call === latest.current) {
        setLoading(false);
        setRefreshing(false);
      }
    }
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  }, deps);
  useEffect(() => {
    setLoading(true);
    run(false);
    return () => {
      latest.current += 1;
    };
  }, [run]);
  const reload = useCallback(() => run(true), [run]);
  return { data, error, loading, refreshing, reload, setData };
}

export interface Action {
  /** The key of the action running now, if any: its button shows busy, the others are disabled. */
  busy: string | undefined;
  problem: unknown;
  /** What the last action that succeeded said it did. */
  done: string | undefined;
  /** Runs `action` (which answers what it did), then `after` (a reload), keeping the error if it fails. */
  act: (key: string, action: () => Promise<string>) => Promise<void>;
}

/** One action at a time on a screen, with its outcome to show: what it did, or the API's error. */
export function useAction(after: () => Promise<void>): Action {
  const [busy, setBusy] = useState<string | undefined>();
  const [problem, setProblem] = useState<unknown>();
  const [done, setDone] = useState<string | undefined>();
  const act = async (key: string, action: () => Promise<string>) => {
    setBusy(key);
    setProblem(undefined);
    setDone(undefined);
    try {
      setDone(await action());
      await after();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, problem, done, act };
}
