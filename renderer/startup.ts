// What the app needs before it shows a draft: the settings, the draft (the most recently
// changed one, a new one in an empty library), the article's fonts, and the sites (whose
// roles choose the screen the app opens on). Asked for when this
// module is evaluated, which main.tsx makes the first thing: the requests are out before
// React, Lexical and the interface strings are even evaluated. Once per page, so an empty library
// cannot get two new drafts however often React runs its effects.
import { newsroomRole } from '../common/newsroom/roles.ts';
import type { Draft, Language, Settings, Site } from '../electron/contract/index.ts';
import { DEFAULT_SETTINGS } from '../electron/default-settings.ts';
import { midad } from './bridge.ts';
import { articleFontsReady } from './styles/article-fonts.ts';

/** The screen the app opens on: the desk for whoever works there on a site, the article for reporters. */
export type Home = 'article' | 'desk';

export type Startup =
  | { ok: true; draft: Draft; settings: Settings; language: Language | null; home: Home }
  | { ok: false; error: unknown; language: Language | null };

async function start(): Promise<Startup> {
  // Marks for tests/bench/cold-start/timeline.ts, which reads where a start's time goes.
  performance.mark('midad:startup-sent');
  const [settings, draft, , sites] = await Promise.allSettled([
    midad.settings.get(),
    midad.drafts.openStarting(),
    articleFontsReady(),
    midad.sites.list(),
  ]);
  performance.mark('midad:startup-answered');
  const loaded = settings.status === 'fulfilled' ? settings.value : null;
  const language = loaded?.language ?? null;
  if (draft.status === 'rejected') return { ok: false, error: draft.reason, language };
  // Unreadable settings are not a reason to keep the writer from the draft: the defaults do.
  const used = loaded ?? DEFAULT_SETTINGS;
  return {
    ok: true,
    draft: draft.value,
    settings: used,
    language,
    home: homeOf(sites.status === 'fulfilled' ? sites.value : [], used),
  };
}

/** A copy editor's or desk chief's account on any site makes the desk their home; unreadable sites leave the article. */
function homeOf(sites: readonly Site[], settings: Settings): Home {
  const deskRoles = sites.some(
    (site) => newsroomRole(site.capabilities, settings.newsroom.roleMapping) !== 'reporter',
  );
  return deskRoles ? 'desk' : 'article';
}

export const startup: Promise<Startup> = start();
