// The app around one open draft: the header, messages about the library, the article
// (kept mounted while the library is shown, so unsaved text is never dropped), and the
// library, history, publish, style, sites and settings screens, loaded when first asked for.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { DeskAnswer, Draft } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { ArticleWorkspace } from '../article/ArticleWorkspace.tsx';
import type { SaveStatus } from '../article/autosaver.ts';
import { initialSaveStatus } from '../article/save-status.ts';
import { ProblemNotices } from '../problems/ProblemNotices.tsx';
import { useLibraryProblems } from '../problems/useLibraryProblems.ts';
import { AppHeader, type View } from './AppHeader.tsx';
import { ArticleActions } from './ArticleActions.tsx';
import { DeskAnswerNote } from '../desk/DeskAnswerNote.tsx';
import { WithDeskNotice } from '../desk/WithDeskNotice.tsx';
import { useOpenDraft, type SwitchOutcome } from './useOpenDraft.ts';
import { useOpenLibraryShortcut } from './useOpenLibraryShortcut.ts';
import { ReviewStore, ReviewStoreContext } from '../review/comments/review-store.ts';
import { useHostRefresh } from '../../useHostRefresh.ts';

const LibraryScreen = lazy(() => import('../library/LibraryScreen.tsx'));
const HistoryPanel = lazy(() => import('../history/HistoryPanel.tsx'));
const PublishPanel = lazy(() => import('../publish/PublishPanel.tsx'));
const PreviewPanel = lazy(() => import('../preview/PreviewPanel.tsx'));
const DeskScreen = lazy(() => import('../desk/DeskScreen.tsx'));
const SitesScreen = lazy(() => import('../sites/SitesScreen.tsx'));
const SettingsScreen = lazy(() => import('../settings/SettingsScreen.tsx'));
const HouseStylePanel = lazy(() => import('../house-style/HouseStylePanel.tsx'));
const SuggestionsPanel = lazy(() => import('../review/SuggestionsPanel.tsx'));
const CommentsPanel = lazy(() => import('../review/comments/CommentsPanel.tsx'));

/** One panel at a time beside the article. */
type SidePanel = 'history' | 'publish' | 'preview' | 'style' | 'suggestions' | 'comments' | null;

interface ShellProps {
  initialDraft: Draft;
  /** The screen to open on (the newsroom role's home). */
  home?: View;
}

export function Shell({ initialDraft, home = 'article' }: ShellProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const drafts = useOpenDraft(initialDraft);
  const { draft, generation } = drafts.open;
  const [view, setView] = useState<View>(home);
  const [sidePanel, setSidePanel] = useState<SidePanel>(null);
  const toggle = (panel: Exclude<SidePanel, null>) => setSidePanel((open) => (open === panel ? null : panel));
  const [saveStatus, setSaveStatus] = useState<SaveStatus>(() => initialSaveStatus(initialDraft));
  const [failure, setFailure] = useState<string | null>(null);
  const [deskAnswer, setDeskAnswer] = useState<DeskAnswer | null>(null);
  const problems = useLibraryProblems();
  // Where the open story stands (its stage, its posts) follows the host: a job done, the desk's answer.
  const reloadWorkflow = drafts.reloadWorkflow;
  useHostRefresh(
    () => void reloadWorkflow(),
    ['drafts.changed'],
    (event) => event.name === 'drafts.changed' && event.payload.draftId === draft.id && (event.payload.change === 'workflow' || event.payload.change === 'remote'),
  );
  // The open article's comments: the editor's marks and the comments panel share it.
  const [reviewStore] = useState(() => new ReviewStore());
  useEffect(() => reviewStore.setPanelOpener(() => setSidePanel('comments')), [reviewStore]);

  const reportError = useCallback((error: unknown) => setFailure(errorMessage(error)), [errorMessage]);
  /** Runs a change of the open draft; on success shows the article, else says why. */
  const switchTo = useCallback(
    async (change: () => Promise<SwitchOutcome>, show: View = 'article') => {
      const outcome = await change();
      if (!outcome.ok) {
        reportError(outcome.error);
        return;
      }
      setFailure(null);
      setView(show);
    },
    [reportError],
  );

  const navigate = useCallback(
    (target: View) => {
      // Going to the library is like leaving the window: save now, so the list is current.
      if (target === 'library') void drafts.flush();
      setView(target);
    },
    [drafts],
  );
  useOpenLibraryShortcut(() => navigate('library'));

  return (
    <div className="workspace">
      <AppHeader view={view} onNavigate={navigate} saveStatus={saveStatus} />
      <ProblemNotices problems={problems.problems} onDismiss={problems.dismiss} />
      {failure && (
        <p className="notice" role="alert" data-testid="action-failed">
          {failure}
        </p>
      )}
      <ReviewStoreContext value={reviewStore}>
      <div className="article-layout" hidden={view !== 'article'}>
        {draft.workflow.withDesk && (
          <WithDeskNotice
            draftId={draft.id}
            withDesk={draft.workflow.withDesk}
            onChanged={drafts.adoptWorkflow}
            onAnswered={(answer) => {
              setDeskAnswer(answer);
              drafts.adoptDeskAnswer(answer);
            }}
          />
        )}
        {deskAnswer && deskAnswer.draft.id === draft.id && <DeskAnswerNote answer={deskAnswer} onDismiss={() => setDeskAnswer(null)} />}
        <ArticleActions
          draft={draft}
          historyOpen={sidePanel === 'history'}
          onToggleHistory={() => toggle('history')}
          publishOpen={sidePanel === 'publish'}
          previewOpen={sidePanel === 'preview'}
          onTogglePreview={() => toggle('preview')}
          onTogglePublish={() => toggle('publish')}
          styleOpen={sidePanel === 'style'}
          onToggleStyle={() => toggle('style')}
          suggestionsOpen={sidePanel === 'suggestions'}
          onToggleSuggestions={() => toggle('suggestions')}
          commentsOpen={sidePanel === 'comments'}
          onToggleComments={() => toggle('comments')}
          onStatus={(status) => void switchTo(() => drafts.setStatus(status))}
          flush={drafts.flush}
          onError={reportError}
        />
        <div className="article-columns">
          <ArticleWorkspace
            key={`${draft.id}:${generation}`}
            draft={draft}
            controlRef={drafts.controlRef}
            onSaveStatus={setSaveStatus}
          />
          {sidePanel === 'history' && (
            <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
              <HistoryPanel
                key={draft.id}
                draftId={draft.id}
                refreshKey={`${generation}:${draft.workflow.status}`}
                flush={drafts.flush}
                onRestore={(revisionId) => switchTo(() => drafts.restoreRevision(revisionId))}
                onClose={() => setSidePanel(null)}
              />
            </Suspense>
          )}
          {sidePanel === 'preview' && (
            <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
              <PreviewPanel key={`${draft.id}:${generation}`} draftId={draft.id} flush={drafts.flush} onClose={() => setSidePanel(null)} />
            </Suspense>
          )}
          {sidePanel === 'style' && (
            <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
              <HouseStylePanel onClose={() => setSidePanel(null)} />
            </Suspense>
          )}
          {sidePanel === 'comments' && (
            <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
              <CommentsPanel onClose={() => setSidePanel(null)} />
            </Suspense>
          )}
          {sidePanel === 'publish' && (
            <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
              <PublishPanel
                key={draft.id}
                draftId={draft.id}
                flush={drafts.flush}
                onClose={() => setSidePanel(null)}
                onOpenSites={() => navigate('sites')}
                onJobsMoved={drafts.reloadWorkflow}
                onReviewSuggestions={() => setSidePanel('suggestions')}
              />
            </Suspense>
          )}
          {sidePanel === 'suggestions' && (
            <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
              <SuggestionsPanel onClose={() => setSidePanel(null)} />
            </Suspense>
          )}
        </div>
      </div>
      </ReviewStoreContext>
      {view === 'library' && (
        <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
          <LibraryScreen
            openDraftId={draft.id}
            onOpen={(id) => switchTo(() => drafts.openDraft(id))}
            onCreate={() => switchTo(() => drafts.createDraft())}
            saveOpenDraft={drafts.flush}
            onOpenDraftTrashed={() => switchTo(() => drafts.leaveTrashed(), 'library')}
            onListed={problems.refresh}
          />
        </Suspense>
      )}
      {view === 'desk' && (
        <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
          <DeskScreen
            onOpen={(siteId, postId) =>
              void midad.desk.open(siteId, postId).then(
                (opened) => switchTo(() => drafts.openDraft(opened.id)),
                reportError,
              )
            }
          />
        </Suspense>
      )}
      {view === 'sites' && (
        <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
          <SitesScreen />
        </Suspense>
      )}
      {view === 'settings' && (
        <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
          <SettingsScreen />
        </Suspense>
      )}
    </div>
  );
}
