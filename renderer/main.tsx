// Renderer entry, a chunk of a few KB: the styles, then the startup requests (settings, the
// draft, the article's fonts), which leave as soon as this arrives; the app itself (React,
// Lexical: most of the script) comes in its own chunk that index.html already preloads, so
// the two load side by side instead of the requests waiting for all of it to compile.
import './styles/fonts.css';
import './styles/app.css';
import './styles/editor.css';
import './styles/shell.css';
import './styles/commands.css';
// With the entry's styles: a stylesheet of the app chunk would hold back its import() until it arrives.
import './styles/house-style-marks.css';
import './styles/comment-marks.css';
import './styles/spelling.css';
import './startup.ts';
import { showAppFailedToLoad } from './app-load-failure.ts';
import { applyRememberedAppearance } from './appearance/appearance.ts';

// Before the first paint: light or dark as last chosen, not a flash of the other.
applyRememberedAppearance();

import('./app-root.tsx').catch(showAppFailedToLoad);
