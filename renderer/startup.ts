// What the app needs before it shows a draft: the settings, the draft (the most recently
// changed one, a new one in an empty library) and the article's fonts. Asked for when this
// module is evaluated, which main.tsx makes the first thing: the requests are out before
// React, Lexical and the interface strings are even evaluated. Once per page, so an empty library
// cannot get two new drafts however often React runs its effects.
import type { Draft, Language, Settings } from '../electron/contract.ts';
import { DEFAULT_SETTINGS } from '../electron/default-settings.ts';
import { midad } from './bridge.ts';
import { articleFontsReady } from './styles/article-fonts.ts';

export type Startup =
  | { ok: true; draft: Draft; settings: Settings; language: Language | null }
  | { ok: false; error: unknown; language: Language | null };

async function start(): Promise<Startup> {
  const [settings, draft] = await Promise.allSettled([midad.settings.get(), midad.drafts.openStarting(), articleFontsReady()]);
  const loaded = settings.status === 'fulfilled' ? settings.value : null;
  const language = loaded?.language ?? null;
  if (draft.status === 'rejected') return { ok: false, error: draft.reason, language };
  // Unreadable settings are not a reason to keep the writer from the draft: the defaults do.
  return { ok: true, draft: draft.value, settings: loaded ?? DEFAULT_SETTINGS, language };
}

export const startup: Promise<Startup> = start();
