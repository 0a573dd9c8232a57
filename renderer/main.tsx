// Renderer entry: the bundled fonts and styles, the requests for the draft (before any
// library is evaluated), then the i18n layer and the app.
import './styles/fonts.css';
import './styles/app.css';
import './styles/editor.css';
import './styles/shell.css';
import './startup.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
