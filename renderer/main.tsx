// Renderer entry: the bundled fonts and styles, the i18n layer, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import './styles/app.css';
import './styles/editor.css';
import './styles/shell.css';
import { startLoadingArticleFonts } from './styles/article-fonts.ts';
import './i18n/index.ts';
import { App } from './App.tsx';

startLoadingArticleFonts();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
