import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

export interface LiveCall<T> {
  /** The last answer; null until the first one (and, with `clearOnChange`, after the inputs change). */
  data: T | null;
  /** Replaces the answer (e.g. with the record an action returned). */
  setData: Dispatch<SetStateAction<T | null>>;
  error: unknown;
  /** Asks again with the same inputs. */
  reload: () => void;
}

/**
 * Calls the service whenever `key` changes (after `delayMs`, for search-as-you-type) and keeps
 * only the answer to the latest inputs: an answer that arrives after the user moved on is dropped.
 * `call` null means "not now" (e.g. a closed picker).
 */
export function useLiveCall<T>(call: (() => Promise<T>) | null, key: string, opts: { delayMs?: number; clearOnChange?: boolean } = {}): LiveCall<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const callRef = useRef(call);
  callRef.current = call;
  const enabled = call !== null;
  const { delayMs = 0, clearOnChange = false } = opts;

  useEffect(() => {
    const run = callRef.current;
    if (!enabled || !run) return;
    let live = true;
    if (clearOnChange) setData(null);
    const go = () =>
      run().then(
        (v) => {
          if (!live) return;
          setData(v);
          setError(null);
        },
        (err: unknown) => live && setError(err),
      );
    const timer = delayMs > 0 ? setTimeout(go, delayMs) : (void go(), undefined);
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [key, tick, enabled, delayMs, clearOnChange]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, setData, error, reload };
}
