/** Loads data for a page and keeps it; `reload` fetches again after a change. */
import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  /** The latest data; while a new load runs, the previous data stays so the page does not jump. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface Result<T> {
  load: () => Promise<T>;
  round: number;
  data?: T;
  error?: unknown;
}

/** `load` must be stable (wrap it in useCallback); a new function means new data. */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<Result<T> | null>(null);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setResult({ load, round, data }),
      (error: unknown) => current && setResult({ load, round, error }),
    );
    return () => {
      current = false;
    };
  }, [load, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const loading = result === null || result.load !== load || result.round !== round;
  return { data: result?.data, error: loading ? undefined : result.error, loading, reload };
}
