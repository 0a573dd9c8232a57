// The application frame: reads the settings and opens the most recently changed draft (a
// new one in an empty library), then shows the app; or says plainly why it cannot.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, Settings } from '../electron/contract.ts';
import { midad } from './bridge.ts';
import { openStartingDraft } from './features/drafts/starting-draft.ts';
import { Shell } from './features/shell/Shell.tsx';
import { applyLanguage } from './i18n/index.ts';
import { articleFontsReady } from './styles/article-fonts.ts';
import { useErrorMessage } from './i18n/useErrorMessage.ts';

const DEFAULT_WORDS_PER_MINUTE = 140;

type Startup =
  | { ok: true; draft: Draft; wordsPerMinute: number }
  | { ok: false; error: unknown };

// Asked once per page: React's StrictMode runs effects twice in development, and an
// empty library must not get two new drafts.
let starting: Promise<Startup> | null = null;
const startOnce = (): Promise<Startup> => (starting ??= start());

async function start(): Promise<Startup> {
  const [settings, draft] = await Promise.allSettled([midad.settings.get(), openStartingDraft(), articleFontsReady()]);
  const loaded: Settings | null = settings.status === 'fulfilled' ? settings.value : null;
  if (loaded) applyLanguage(loaded.language);
  if (draft.status === 'rejected') return { ok: false, error: draft.reason };
  return { ok: true, draft: draft.value, wordsPerMinute: loaded?.editor.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE };
}

export function App() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [startup, setStartup] = useState<Startup | null>(null);
  useEffect(() => {
    void startOnce().then(setStartup);
  }, []);
  if (!startup) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (!startup.ok) {
    return (
      <p className="notice" role="alert">
        {t('app.libraryFailed')} {errorMessage(startup.error)}
      </p>
    );
  }
  return <Shell initialDraft={startup.draft} wordsPerMinute={startup.wordsPerMinute} />;
}
