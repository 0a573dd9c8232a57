// The bar on top of every screen: the app's name, the way between the library, the open
// article, the publishing sites and the settings, where the outbox stands (the jobs badge, the
// offline indicator), where the article stands on disk, and the language switch.
import { IN_BROWSER } from '../../commands/shortcut-platform.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { CommandMenuButton } from '../commands/CommandMenuButton.tsx';
import { ShortcutsSheet } from '../commands/ShortcutsSheet.tsx';
import { SaveIndicator } from '../article/SaveIndicator.tsx';
import type { SaveStatus } from '../article/autosaver.ts';
import { LanguageSwitch } from '../settings/LanguageSwitch.tsx';
import { JobsBadge } from '../jobs/JobsBadge.tsx';
import { OfflineIndicator } from '../jobs/OfflineIndicator.tsx';
import type { OutboxWatch } from '../jobs/useOutboxWatch.ts';

export type View = 'library' | 'article' | 'desk' | 'sites' | 'settings';

interface AppHeaderProps {
  view: View;
  onNavigate: (view: View) => void;
  saveStatus: SaveStatus;
  outbox: OutboxWatch;
  /** Shows the publish panel with its outbox. */
  onOpenOutbox: () => void;
}

export function AppHeader({ view, onNavigate, saveStatus, outbox, onOpenOutbox }: AppHeaderProps) {
  const { t } = useTranslation();
  const tab = (target: View, label: string) => (
    <button
      type="button"
      className="nav-tab"
      data-testid={`nav-${target}`}
      aria-current={view === target ? 'page' : undefined}
      onClick={() => onNavigate(target)}
    >
      {label}
    </button>
  );
  return (
    <header className="app-bar">
      {/* The desktop app has its menu bar; browser mode has the same commands here. */}
      {IN_BROWSER && <CommandMenuButton />}
      <h1 className="app-name">{t('app.name')}</h1>
      <nav className="app-nav" aria-label={t('nav.label')}>
        {tab('library', t('nav.library'))}
        {tab('article', t('nav.article'))}
        {tab('desk', t('nav.desk'))}
        {tab('sites', t('nav.sites'))}
        {tab('settings', t('nav.settings'))}
      </nav>
      <SaveIndicator status={saveStatus} />
      <OfflineIndicator sitesUnreachable={outbox.sitesUnreachable} />
      <JobsBadge counts={outbox.counts} onOpen={onOpenOutbox} />
      <LanguageSwitch />
      <ShortcutsSheet />
    </header>
  );
}
