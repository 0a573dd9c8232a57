// The app around one open draft: the header, messages about the library, the article
// (kept mounted while the library is shown, so unsaved text is never dropped), and the
// library, history, publish, style, sites and settings screens, loaded when first asked for.
import { lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type {
  DeskAnswer,
  Draft,
  PictureNotBrought,
  SiteSyncResult,
} from '../../../electron/contract/index.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { ArticleWorkspace } from '../article/ArticleWorkspace.tsx';
import type { SaveStatus } from '../article/autosaver.ts';
import { initialSaveStatus } from '../article/save-status.ts';
import { ProblemNotices } from '../problems/ProblemNotices.tsx';
import { useLibraryProblems } from '../problems/useLibraryProblems.ts';
import { AppHeader, type View } from './AppHeader.tsx';
import { ArticleActions } from './ArticleActions.tsx';
import { DeskAnswerNote } from '../desk/DeskAnswerNote.tsx';
import { DeskOpenNote } from '../desk/DeskOpenNote.tsx';
import { PicturesNotBroughtNote } from '../desk/PicturesNotBroughtNote.tsx';
import { WithDeskNotice } from '../desk/WithDeskNotice.tsx';
import { useOpenDraft, type SwitchOutcome } from './useOpenDraft.ts';
import { useShellCommands } from './useShellCommands.ts';
import { LoadedPart, PanelBoundary } from './PanelBoundary.tsx';
import { SidePanelsContext } from './side-panels.ts';
import { SidePanelHost } from './SidePanelHost.tsx';
import { useSidePanelState } from './useSidePanelState.ts';
import { ReviewStore, ReviewStoreContext } from '../review/comments/review-store.ts';
import { useSuggestingByDefault } from '../review/useSuggestingByDefault.ts';
import { draftNewsroom } from '../drafts/draft-newsroom.ts';
import { DraftNewsroomContext, NO_NEWSROOM } from '../drafts/draft-newsroom-context.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { useSiteList } from '../sites/useSiteList.ts';
import { useHostRefresh } from '../../useHostRefresh.ts';
import { useOutboxWatch } from '../jobs/useOutboxWatch.ts';
import type { DocxImportReport } from '../../../electron/contract/index.ts';
import { DocxImportReportNote } from '../transfer/DocxImportReportNote.tsx';

const LibraryScreen = lazy(() => import('../library/LibraryScreen.tsx'));
const DeskScreen = lazy(() => import('../desk/DeskScreen.tsx'));
const SitesScreen = lazy(() => import('../sites/SitesScreen.tsx'));
const SettingsScreen = lazy(() => import('../settings/SettingsScreen.tsx'));
interface ShellProps {
  initialDraft: Draft;
  /** The screen to open on (the newsroom role's home). */
  home?: View;
}

export function Shell({ initialDraft, home = 'article' }: ShellProps) {
  const errorMessage = useErrorMessage();
  const drafts = useOpenDraft(initialDraft);
  const { draft, generation } = drafts.open;
  const [view, setView] = useState<View>(home);
  const panels = useSidePanelState();
  const [saveStatus, setSaveStatus] = useState<SaveStatus>(() => initialSaveStatus(initialDraft));
  const [failure, setFailure] = useState<string | null>(null);
  const [deskAnswer, setDeskAnswer] = useState<DeskAnswer | null>(null);
  const [deskOpened, setDeskOpened] = useState<{
    postId: number;
    fromSite: SiteSyncResult | null;
    picturesNotBrought: PictureNotBrought[];
  } | null>(null);
  const [docxReport, setDocxReport] = useState<{
    draftId: string;
    report: DocxImportReport;
  } | null>(null);
  const problems = useLibraryProblems();
  // Where the open story stands (its stage, its posts) follows the host: a job done, the desk's answer.
  const reloadWorkflow = drafts.reloadWorkflow;
  useHostRefresh(
    () => void reloadWorkflow(),
    ['drafts.changed'],
    (event) =>
      event.name === 'drafts.changed' &&
      event.payload.draftId === draft.id &&
      (event.payload.change === 'workflow' || event.payload.change === 'remote'),
  );
  // The open article's comments: the editor's marks and the comments panel share it.
  const [reviewStore] = useState(() => new ReviewStore());
  const { openPanel } = panels;
  useEffect(
    () => reviewStore.setPanelOpener((focus) => openPanel('comments', { focus })),
    [reviewStore, openPanel],
  );
  // Read again on each change of screen: a site added on the Sites screen counts on return.
  const sites = useSiteList(view);
  const { settings } = useSettings();
  const newsroom = useMemo(
    () => (sites === null ? null : draftNewsroom(draft, sites, settings)),
    [draft, sites, settings],
  );
  useSuggestingByDefault(draft.id, newsroom, settings);

  const reportError = useCallback(
    (error: unknown) => setFailure(errorMessage(error)),
    [errorMessage],
  );
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
  useShellCommands({
    navigate,
    togglePanel: panels.togglePanel,
    openPanel: (id) => openPanel(id),
    save: () => void drafts.flush(),
    createDraft: () => void switchTo(() => drafts.createDraft()),
  });
  // The badge and a job's notification open the outbox: the publish panel beside the article.
  const openOutbox = useCallback(() => {
    navigate('article');
    openPanel('publish');
  }, [navigate, openPanel]);
  const outbox = useOutboxWatch({
    panelOpen: view === 'article' && panels.open === 'publish',
    openPanel: openOutbox,
  });

  return (
    <SidePanelsContext value={panels}>
      <div className="workspace">
        <AppHeader
          view={view}
          onNavigate={navigate}
          saveStatus={saveStatus}
          outbox={outbox}
          onOpenOutbox={openOutbox}
        />
        <ProblemNotices problems={problems.problems} onDismiss={problems.dismiss} />
        {failure && (
          <p className="notice" role="alert" data-testid="action-failed">
            {failure}
          </p>
        )}
        <DraftNewsroomContext value={newsroom ?? NO_NEWSROOM}>
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
              {deskAnswer && deskAnswer.draft.id === draft.id && (
                <>
                  <DeskAnswerNote answer={deskAnswer} onDismiss={() => setDeskAnswer(null)} />
                  <PicturesNotBroughtNote
                    pictures={deskAnswer.picturesNotBrought ?? []}
                    onDismiss={() => setDeskAnswer({ ...deskAnswer, picturesNotBrought: [] })}
                  />
                </>
              )}
              {docxReport && docxReport.draftId === draft.id && (
                <DocxImportReportNote
                  report={docxReport.report}
                  onDismiss={() => setDocxReport(null)}
                />
              )}
              {deskOpened &&
                Object.values(draft.remote ?? {}).some(
                  (post) => post.postId === deskOpened.postId,
                ) && (
                  <>
                    {deskOpened.fromSite && (
                      <DeskOpenNote
                        fromSite={deskOpened.fromSite}
                        onDismiss={() => setDeskOpened(null)}
                      />
                    )}
                    <PicturesNotBroughtNote
                      pictures={deskOpened.picturesNotBrought}
                      onDismiss={() => setDeskOpened({ ...deskOpened, picturesNotBrought: [] })}
                    />
                  </>
                )}
              <ArticleActions
                draft={draft}
                onStatus={(status) => void switchTo(() => drafts.setStatus(status))}
                flush={drafts.flush}
                onError={reportError}
              />
              <div className="article-columns">
                {/* Keyed by the draft: another draft, or a restore, mounts the article afresh, failed or not. */}
                <PanelBoundary part="article" key={`${draft.id}:${generation}`}>
                  <ArticleWorkspace
                    draft={draft}
                    controlRef={drafts.controlRef}
                    onSaveStatus={setSaveStatus}
                    onKeepAsText={() => switchTo(() => drafts.keepUnknownAsText())}
                  />
                </PanelBoundary>
                <SidePanelHost
                  draft={draft}
                  generation={generation}
                  flush={drafts.flush}
                  onRestore={(revisionId) => switchTo(() => drafts.restoreRevision(revisionId))}
                  onOpenSites={() => navigate('sites')}
                  onJobsMoved={drafts.reloadWorkflow}
                  onSiteVersionTaken={drafts.reloadFromDisk}
                />
              </div>
            </div>
          </ReviewStoreContext>
        </DraftNewsroomContext>
        {view === 'library' && (
          <LoadedPart part="library">
            <LibraryScreen
              openDraftId={draft.id}
              onOpen={(id) =>
                switchTo(() =>
                  drafts.openFromLibrary(id, sites ?? [], (postId, fromSite, picturesNotBrought) =>
                    setDeskOpened(
                      fromSite || picturesNotBrought.length > 0
                        ? { postId, fromSite, picturesNotBrought }
                        : null,
                    ),
                  ),
                )
              }
              onCreate={() => switchTo(() => drafts.createDraft())}
              saveOpenDraft={drafts.flush}
              onOpenDraftTrashed={() => switchTo(() => drafts.leaveTrashed(), 'library')}
              onListed={problems.refresh}
              onDocxReport={(draftId, report) => setDocxReport({ draftId, report })}
            />
          </LoadedPart>
        )}
        {view === 'desk' && (
          <LoadedPart part="desk">
            <DeskScreen
              onOpen={(siteId, postId) =>
                void switchTo(() =>
                  drafts.openFromDesk(siteId, postId, (fromSite, picturesNotBrought) =>
                    setDeskOpened(
                      fromSite || picturesNotBrought.length > 0
                        ? { postId, fromSite, picturesNotBrought }
                        : null,
                    ),
                  ),
                )
              }
            />
          </LoadedPart>
        )}
        {view === 'sites' && (
          <LoadedPart part="sites">
            <SitesScreen />
          </LoadedPart>
        )}
        {view === 'settings' && (
          <LoadedPart part="settings">
            <SettingsScreen />
          </LoadedPart>
        )}
      </div>
    </SidePanelsContext>
  );
}
