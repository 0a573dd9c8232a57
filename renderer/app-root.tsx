// Mounts the app into the page once the startup requests (sent by main.tsx's chunk) are
// answered: the first render is the article itself, in the language of the settings.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { applyDigits, applyLanguage } from './i18n/index.ts';
import { startup } from './startup.ts';

// The timeline's marks (startup.ts): the app's code has run, then React's first render starts.
performance.mark('midad:app-evaluated');
void startup.then((started) => {
  performance.mark('midad:render');
  if (started.language) applyLanguage(started.language);
  if (started.ok) applyDigits(started.settings.houseStyle.digits);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App started={started} />
    </StrictMode>,
  );
});
