// The panel open beside the article, loaded on first use under one boundary and one
// loading line: the panels differ only in what they are given.
import { lazy, type ReactNode } from 'react';
import type { Draft } from '../../../electron/contract/index.ts';
import { LoadedPart } from './PanelBoundary.tsx';
import { useSidePanels } from './side-panels.ts';

const HistoryPanel = lazy(() => import('../history/HistoryPanel.tsx'));
const PublishPanel = lazy(() => import('../publish/PublishPanel.tsx'));
const PreviewPanel = lazy(() => import('../preview/PreviewPanel.tsx'));
const HouseStylePanel = lazy(() => import('../house-style/HouseStylePanel.tsx'));
const SuggestionsPanel = lazy(() => import('../review/SuggestionsPanel.tsx'));
const CommentsPanel = lazy(() => import('../review/comments/CommentsPanel.tsx'));

interface SidePanelHostProps {
  draft: Draft;
  /** Bumped when the editor starts again from disk (a restore, another draft). */
  generation: number;
  flush: () => Promise<boolean>;
  onRestore: (revisionId: string) => Promise<void>;
  onOpenSites: () => void;
  onJobsMoved: () => void;
  onSiteVersionTaken: () => void;
}

export function SidePanelHost(props: SidePanelHostProps) {
  const { draft, generation, flush } = props;
  const { open, openPanel, closePanel } = useSidePanels();
  if (open === null) return null;
  let panel: ReactNode;
  switch (open) {
    case 'history':
      panel = (
        <HistoryPanel
          key={draft.id}
          draftId={draft.id}
          refreshKey={`${generation}:${draft.workflow.status}`}
          flush={flush}
          onRestore={props.onRestore}
          onClose={closePanel}
        />
      );
      break;
    case 'preview':
      panel = (
        <PreviewPanel
          key={`${draft.id}:${generation}`}
          draftId={draft.id}
          flush={flush}
          onClose={closePanel}
        />
      );
      break;
    case 'style':
      panel = <HouseStylePanel onClose={closePanel} />;
      break;
    case 'comments':
      panel = <CommentsPanel onClose={closePanel} />;
      break;
    case 'publish':
      panel = (
        <PublishPanel
          key={draft.id}
          draftId={draft.id}
          flush={flush}
          onClose={closePanel}
          onOpenSites={props.onOpenSites}
          onJobsMoved={props.onJobsMoved}
          onSiteVersionTaken={props.onSiteVersionTaken}
          onReviewSuggestions={() => openPanel('suggestions')}
        />
      );
      break;
    case 'suggestions':
      panel = <SuggestionsPanel onClose={closePanel} />;
      break;
  }
  // Keyed by the panel: each one gets its own boundary, so a failed panel does not stay failed for the next.
  return (
    <LoadedPart key={open} part={open}>
      {panel}
    </LoadedPart>
  );
}
