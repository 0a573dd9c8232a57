// Keeps one screen or panel that fails while drawing from blanking the whole app (React
// unmounts everything up to the nearest boundary): the failed part says so and offers
// Reload, which mounts it afresh; the header, the article and the other panels keep working.
import { Component, Fragment, Suspense, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';

interface PanelBoundaryProps {
  /** Names the part in the page (`data-part`), so a report or a test can tell which one failed. */
  part: string;
  children: ReactNode;
}

interface PanelBoundaryState {
  failed: boolean;
  /** Bumped by Reload: a new key mounts the part from scratch, with fresh state. */
  attempt: number;
}

export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<PanelBoundaryState> {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <PanelFailure
          part={this.props.part}
          onReload={() => this.setState(({ attempt }) => ({ failed: false, attempt: attempt + 1 }))}
        />
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

function PanelFailure({ part, onReload }: { part: string; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice panel-failure" role="alert" data-testid="panel-failure" data-part={part}>
      <p>{t('app.partFailed')}</p>
      <button
        type="button"
        className="quiet-button"
        data-testid="panel-failure-reload"
        onClick={onReload}
      >
        {t('app.partReload')}
      </button>
    </div>
  );
}

/** A screen or panel loaded on first use: the loading line while its code comes, the boundary around both. */
export function LoadedPart({ part, children }: PanelBoundaryProps) {
  const { t } = useTranslation();
  return (
    <PanelBoundary part={part}>
      <Suspense fallback={<p className="loading-panel">{t('app.loadingPanel')}</p>}>
        {children}
      </Suspense>
    </PanelBoundary>
  );
}
