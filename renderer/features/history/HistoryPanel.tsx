// The open draft's history beside the article: its revisions, a preview of one, a
// word-level comparison of two (or of one with the draft as it is now), and restore, which
// the host makes undoable by keeping the replaced text as a revision first. Below, for each
// site the draft was sent to, the revisions that site keeps.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/history.css';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { comparedPair } from './compared-pair.ts';
import { RevisionDiff } from './RevisionDiff.tsx';
import { RevisionPreview } from './RevisionPreview.tsx';
import { RevisionRow } from './RevisionRow.tsx';
import { SiteRevisions } from './SiteRevisions.tsx';
import { useRemoteSites } from './useRemoteSites.ts';
import { useRevisions } from './useRevisions.ts';
import { SidePanel } from '../shell/SidePanel.tsx';

export interface HistoryPanelProps {
  draftId: string;
  /** Changes when the draft changed in a way that keeps a revision. */
  refreshKey: string;
  flush: () => Promise<boolean>;
  onRestore: (revisionId: string) => Promise<void>;
  onClose: () => void;
}

type Detail =
  | { kind: 'preview'; revisionId: string }
  | { kind: 'compare'; before: string; after: string }
  | null;

export default function HistoryPanel({
  draftId,
  refreshKey,
  flush,
  onRestore,
  onClose,
}: HistoryPanelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { revisions, error, reload } = useRevisions(draftId, refreshKey, flush);
  const [selected, setSelected] = useState<string[]>([]);
  const [detail, setDetail] = useState<Detail>(null);
  const remoteSites = useRemoteSites(draftId, refreshKey);

  const select = (revisionId: string, on: boolean) =>
    // Two at most: picking a third lets go of the earliest pick.
    setSelected((previous) =>
      on
        ? [...previous.filter((id) => id !== revisionId), revisionId].slice(-2)
        : previous.filter((id) => id !== revisionId),
    );
  const compare = async () => {
    const pair = comparedPair(selected);
    if (!pair) return;
    await flush();
    setDetail({ kind: 'compare', ...pair });
  };

  return (
    <SidePanel
      className="history"
      testId="history"
      title={t('history.title')}
      closeLabel={t('history.close')}
      closeTestId="history-close"
      onClose={onClose}
      actions={
        <button type="button" className="quiet-button" onClick={() => void reload()}>
          {t('history.refresh')}
        </button>
      }
    >
      {error ? (
        <p className="notice" role="alert">
          {errorMessage(error)}
        </p>
      ) : null}
      {revisions === null ? (
        <p className="loading-panel">{t('app.loadingPanel')}</p>
      ) : revisions.length === 0 ? (
        <p className="library-empty">{t('history.none')}</p>
      ) : (
        <>
          <p className="history-hint">{t('history.compareHint')}</p>
          <button
            type="button"
            className="quiet-button"
            data-testid="revision-compare"
            disabled={selected.length === 0}
            onClick={() => void compare()}
          >
            {selected.length === 2 ? t('history.compareTwo') : t('history.compareCurrent')}
          </button>
          <ol className="revisions" data-testid="revisions">
            {revisions.map((revision) => (
              <RevisionRow
                key={revision.id}
                revision={revision}
                selected={selected.includes(revision.id)}
                onSelect={(on) => select(revision.id, on)}
                onPreview={() => setDetail({ kind: 'preview', revisionId: revision.id })}
                onRestore={() => {
                  setDetail(null);
                  setSelected([]);
                  void onRestore(revision.id);
                }}
              />
            ))}
          </ol>
        </>
      )}
      {detail?.kind === 'preview' && (
        <RevisionPreview draftId={draftId} revisionId={detail.revisionId} />
      )}
      {detail?.kind === 'compare' && (
        <RevisionDiff draftId={draftId} before={detail.before} after={detail.after} />
      )}
      {remoteSites.map((site) => (
        <SiteRevisions key={site.id} draftId={draftId} site={site} flush={flush} />
      ))}
    </SidePanel>
  );
}
