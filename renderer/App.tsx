// The application frame: once the settings and the starting draft are in (startup.ts),
// shows the app in the chosen language; or says plainly why it cannot. Until then
// index.html's own "opening" line is on screen, so React's first render is the article.
import { useTranslation } from './i18n/useTranslation.ts';
import { HouseStyleProvider } from './features/house-style/HouseStyleProvider.tsx';
import { SuggestionsProvider } from './features/review/SuggestionsProvider.tsx';
import { SettingsProvider } from './features/settings/settings-context.tsx';
import { PanelBoundary } from './features/shell/PanelBoundary.tsx';
import { Shell } from './features/shell/Shell.tsx';
import { useErrorMessage } from './i18n/useErrorMessage.ts';
import type { Startup } from './startup.ts';

export function App({ started }: { started: Startup }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (!started.ok) {
    return (
      <p className="notice" role="alert">
        {t('app.libraryFailed')} {errorMessage(started.error)}
      </p>
    );
  }
  return (
    <SettingsProvider initial={started.settings}>
      <HouseStyleProvider>
        <SuggestionsProvider>
          {/* The last line of defence: the shell's own parts have theirs, this keeps even a failing header from blanking the window. */}
          <PanelBoundary part="app">
            <Shell initialDraft={started.draft} home={started.home} />
          </PanelBoundary>
        </SuggestionsProvider>
      </HouseStyleProvider>
    </SettingsProvider>
  );
}
