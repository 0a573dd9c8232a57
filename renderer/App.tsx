// The application frame: once the settings and the starting draft are in (startup.ts),
// shows the app in the chosen language; or says plainly why it cannot.
import { useEffect, useState } from 'react';
import { useTranslation } from './i18n/useTranslation.ts';
import { HouseStyleProvider } from './features/house-style/HouseStyleProvider.tsx';
import { SettingsProvider } from './features/settings/settings-context.tsx';
import { Shell } from './features/shell/Shell.tsx';
import { applyLanguage } from './i18n/index.ts';
import { useErrorMessage } from './i18n/useErrorMessage.ts';
import { startup, type Startup } from './startup.ts';

export function App() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [started, setStarted] = useState<Startup | null>(null);
  useEffect(() => {
    void startup.then((result) => {
      if (result.language) applyLanguage(result.language);
      setStarted(result);
    });
  }, []);
  if (!started) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
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
        <Shell initialDraft={started.draft} />
      </HouseStyleProvider>
    </SettingsProvider>
  );
}
