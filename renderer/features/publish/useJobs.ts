// The outbox's jobs: read once, then kept as the host announces each change (a step, a
// file, done, failed, cleared). Read again when the events come back after a break, and
// now and then while they do not.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublishJob } from '../../../electron/contract/index.ts';
import { midad, onHostEvent } from '../../bridge.ts';
import { useHostRefresh } from '../../useHostRefresh.ts';
import { withJob } from './job-view.ts';

export interface JobsQueue {
  jobs: PublishJob[] | null;
  error: unknown;
  refresh: () => void;
  /** A job just enqueued or changed by a button: shown at once, whatever comes first. */
  add: (job: PublishJob) => void;
}

export function useJobs(): JobsQueue {
  const [jobs, setJobs] = useState<PublishJob[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const alive = useRef(true);

  const refresh = useCallback(() => {
    midad.publish.jobs().then(
      (loaded) => {
        if (!alive.current) return;
        setJobs(loaded);
        setError(null);
      },
      (failure: unknown) => {
        if (alive.current) setError(failure);
      },
    );
  }, []);

  useEffect(() => {
    alive.current = true;
    refresh();
    const stopChanged = onHostEvent('publish.jobChanged', ({ job }) =>
      setJobs((previous) => withJob(previous ?? [], job)),
    );
    const stopRemoved = onHostEvent('publish.jobsRemoved', ({ jobIds }) =>
      setJobs((previous) => previous && previous.filter((job) => !jobIds.includes(job.id))),
    );
    return () => {
      alive.current = false;
      stopChanged();
      stopRemoved();
    };
  }, [refresh]);
  // Only the connection: the job events themselves are applied above, without a request.
  useHostRefresh(refresh, []);

  const add = useCallback(
    (job: PublishJob) => setJobs((previous) => withJob(previous ?? [], job)),
    [],
  );
  return { jobs, error, refresh, add };
}
