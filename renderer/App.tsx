// The application frame: reads the settings and the saved article from the host, then
// opens the writing screen. A host that cannot be read still leaves the writer a page.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedDocument, Settings } from '../electron/contract.ts';
import { midad } from './bridge.ts';
import { ArticleWorkspace } from './features/article/ArticleWorkspace.tsx';
import { applyLanguage } from './i18n/index.ts';

const DEFAULT_WORDS_PER_MINUTE = 140;

interface Startup {
  saved: SavedDocument | null;
  loadFailed: boolean;
  wordsPerMinute: number;
}

async function start(): Promise<Startup> {
  const [settings, saved] = await Promise.allSettled([midad.settings.get(), midad.document.load()]);
  const loaded: Settings | null = settings.status === 'fulfilled' ? settings.value : null;
  if (loaded) applyLanguage(loaded.language);
  return {
    saved: saved.status === 'fulfilled' ? saved.value : null,
    loadFailed: saved.status === 'rejected',
    wordsPerMinute: loaded?.editor.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE,
  };
}

export function App() {
  const { t } = useTranslation();
  const [startup, setStartup] = useState<Startup | null>(null);
  useEffect(() => {
    void start().then(setStartup);
  }, []);
  if (!startup) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return <ArticleWorkspace {...startup} />;
}
