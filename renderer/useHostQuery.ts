// Reading something from the host for a screen: the answer, the failure, whether a read is
// under way, and one guard that every screen needs: an answer to a read that is no longer
// wanted (its inputs changed, the screen closed, a newer read started) is dropped, never
// shown over the newer one. It can read again on the host's events (useHostRefresh.ts).
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type DependencyList,
  type Dispatch,
  type SetStateAction,
} from 'react';
import type { HostEvent, HostEventName } from '../electron/contract/index.ts';
import { useHostRefresh } from './useHostRefresh.ts';

export interface HostQueryOptions {
  /** False while there is nothing to read (an empty search): no read, and no answer kept. */
  enabled?: boolean;
  /** Keeps the last answer on screen while the next read is under way or after it failed. */
  keepPrevious?: boolean;
  /** Reads again whenever this changes, beside the deps (a screen shown again, a draft restored). */
  refreshKey?: unknown;
  /** Host events after which to read again; none by default. */
  refreshOn?: readonly HostEventName[];
  accepts?: (event: HostEvent) => boolean;
}

export interface HostQuery<T> {
  /** The latest answer, undefined before the first one (or while disabled). */
  data: T | undefined;
  /** Why the latest read failed; null when it did not. */
  error: unknown;
  loading: boolean;
  /** Reads again; settles once that read (or a newer one) has answered. */
  reload: () => Promise<void>;
  /** Puts in what a change made here answered, without reading again. */
  setData: Dispatch<SetStateAction<T | undefined>>;
}

const NO_EVENTS: readonly HostEventName[] = [];

/**
 * `load` reads from the host; `deps` are what it reads with (checked by the hooks lint rule
 * like an effect's). The signal aborts when the read is no longer wanted.
 */
export function useHostQuery<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  {
    enabled = true,
    keepPrevious = false,
    refreshKey,
    refreshOn = NO_EVENTS,
    accepts,
  }: HostQueryOptions = {},
): HostQuery<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(enabled);
  const [round, setRound] = useState(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;
  const waiting = useRef<(() => void)[]>([]);

  useEffect(() => {
    const settleWaiting = () => {
      for (const resolve of waiting.current.splice(0)) resolve();
    };
    if (!enabled) {
      setData(undefined);
      setError(null);
      setLoading(false);
      settleWaiting();
      return;
    }
    const wanted = new AbortController();
    setLoading(true);
    if (!keepPrevious) setData(undefined);
    latestLoad.current(wanted.signal).then(
      (answer) => {
        if (wanted.signal.aborted) return;
        setData(answer);
        setError(null);
        setLoading(false);
        settleWaiting();
      },
      (failure: unknown) => {
        if (wanted.signal.aborted) return;
        if (!keepPrevious) setData(undefined);
        setError(failure);
        setLoading(false);
        settleWaiting();
      },
    );
    return () => wanted.abort();
    // The caller's deps stand for `load` (the lint rule checks them at the call site, see
    // eslint.config.js); `round` is a reload, the rest are options.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round, refreshKey, enabled, keepPrevious]);

  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setRound((previous) => previous + 1);
      }),
    [],
  );
  const refresh = useCallback(() => void reload(), [reload]);
  // With no events named, nothing is subscribed: useHostRefresh would otherwise poll while offline.
  useHostRefresh(refreshOn.length > 0 ? refresh : () => undefined, refreshOn, accepts);

  return { data, error, loading, reload, setData };
}
