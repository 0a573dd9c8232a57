// The outbox's jobs, polled: every 700 ms while one is moving, every few seconds otherwise.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublishJob } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';
import { pollDelayMs } from './job-view.ts';

export interface JobsQueue {
  jobs: PublishJob[] | null;
  error: unknown;
  refresh: () => void;
  /** A job just enqueued: shown at once, before the next poll. */
  add: (job: PublishJob) => void;
}

export function useJobs(): JobsQueue {
  const [jobs, setJobs] = useState<PublishJob[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const latest = useRef<PublishJob[]>([]);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const loaded = await midad.publish.jobs();
        if (!alive) return;
        latest.current = loaded;
        setJobs(loaded);
        setError(null);
      } catch (failure) {
        if (alive) setError(failure);
      }
      if (alive) timer = setTimeout(() => void poll(), pollDelayMs(latest.current));
    };
    void poll();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [tick]);

  // A new job or a button press: ask now instead of at the next tick.
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  const add = useCallback((job: PublishJob) => {
    setJobs((previous) => [job, ...(previous ?? []).filter((old) => old.id !== job.id)]);
    setTick((n) => n + 1);
  }, []);
  return { jobs, error, refresh, add };
}
