// The outbox watched from the shell, whatever screen is shown: the numbers for the header's
// badge, whether the sites answer, and a system notification when a job ends while the
// publish panel is closed (or the window is not in view). Failures count until the panel
// has shown them.
import { useEffect, useRef, useState } from 'react';
import type { PublishJob } from '../../../electron/contract/index.ts';
import { HostCallError } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useJobs } from '../publish/useJobs.ts';
import {
  failureKeys,
  jobsJustEnded,
  outboxCounts,
  sitesUnreachable,
  type OutboxCounts,
} from './outbox-summary.ts';
import { showSystemNotice, type SystemNotice } from './system-notifications.ts';

export interface OutboxWatch {
  counts: OutboxCounts;
  /** A job waits because its site did not answer. */
  sitesUnreachable: boolean;
}

interface OutboxWatchOptions {
  /** The publish panel is on screen: its jobs are seen, and their ends need no notification. */
  panelOpen: boolean;
  /** Shows the publish panel (a notification's click). */
  openPanel: () => void;
}

export function useOutboxWatch({ panelOpen, openPanel }: OutboxWatchOptions): OutboxWatch {
  const { jobs } = useJobs();
  const noticeFor = useJobNotice();
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set());
  const latest = useRef({ panelOpen, openPanel, noticeFor });
  latest.current = { panelOpen, openPanel, noticeFor };
  const before = useRef<PublishJob[] | null>(null);

  useEffect(() => {
    if (!panelOpen || !jobs) return;
    const keys = failureKeys(jobs);
    setSeen((known) =>
      keys.every((key) => known.has(key)) ? known : new Set([...known, ...keys]),
    );
  }, [panelOpen, jobs]);

  useEffect(() => {
    if (!jobs) return;
    const previous = before.current;
    before.current = jobs;
    if (!previous) return;
    const { panelOpen: open, openPanel: show, noticeFor: notice } = latest.current;
    if (open && document.visibilityState === 'visible') return;
    for (const job of jobsJustEnded(previous, jobs)) showSystemNotice(notice(job), show);
  }, [jobs]);

  return {
    counts: outboxCounts(jobs ?? [], seen),
    sitesUnreachable: sitesUnreachable(jobs ?? []),
  };
}

/** What a notification says of a job that ended, in the interface's language. */
function useJobNotice(): (job: PublishJob) => SystemNotice {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  return (job) => {
    const headline = job.headline.trim() || t('jobs.notice.untitled');
    const state = job.state;
    const language = i18n.language;
    const common = {
      tag: `midad-job-${job.id}`,
      lang: language,
      dir: language === 'ar' ? ('rtl' as const) : ('ltr' as const),
    };
    if (state.state === 'failed') {
      const reason = errorMessage(new HostCallError(state.code));
      return { ...common, title: t('jobs.notice.failed'), body: `${headline}\n${reason}` };
    }
    if (state.state === 'conflict')
      return { ...common, title: t('jobs.notice.conflict'), body: headline };
    return { ...common, title: t('jobs.notice.done'), body: headline };
  };
}
