// Midad's pages for the typing benchmarks: a data folder holding one article, written by the
// draft library as a writer's saved draft would be, and a web host serving it.
//
// Every session opens the article as it was written. Midad saves what is typed, so a host
// kept for several sessions served each one the text the sessions before had typed: the
// paragraph typed into grew by a session's keystrokes each time (401 characters, then 566,
// then 731 on the 5,000-word wire article) while the bare pages reloaded theirs as generated,
// and Midad was timed on ever longer paragraphs. PristineMidadPages gives each session a fresh
// copy of the folder and a host of its own.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { HOUSE_STYLE_RULE_IDS } from '../../../common/arabic/house-style/rules/index.ts';
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';
import {
  SETTINGS_FILE_OPTIONS,
  SettingsService,
} from '../../../electron/services/settings/settings-service.ts';
import { startMidadWebHost, type MidadWebHost } from '../support/midad-web-host.ts';
import { articleName, type GeneratedArticle } from './article.ts';
import { toDraftContent } from './article-formats.ts';

export interface MidadPageSettings {
  /** Every house-style rule turned off. */
  checkerOff?: boolean;
  /** Midad's own spellchecker on (the budgets were set with it off). */
  spelling?: boolean;
}

/** Writes a data folder holding the article as the library's only draft, with the page's settings. */
export async function writeArticleFolder(
  dataDir: string,
  article: GeneratedArticle,
  { checkerOff = false, spelling = false }: MidadPageSettings = {},
): Promise<void> {
  const library = await DraftLibrary.open({ dataDir });
  await library.create(toDraftContent(article));
  await library.close();
  // Spelling is written either way: the app's default is on, the budgets were set without it.
  const store = new Conf({ cwd: dataDir, projectName: 'midad', ...SETTINGS_FILE_OPTIONS });
  new SettingsService(store).update({
    editor: { spelling },
    ...(checkerOff ? { houseStyle: { disabledRules: [...HOUSE_STYLE_RULE_IDS] } } : {}),
  });
}

/** One host serving a fresh data folder with the article (profilers and one-off comparisons). */
export async function startHostWithArticle(
  repoRoot: string,
  dataRoot: string,
  size: number,
  article: GeneratedArticle,
  rendererDir?: string,
  settings: MidadPageSettings = {},
): Promise<MidadWebHost> {
  const dataDir = path.join(
    dataRoot,
    `midad-${articleName(size, article.kind)}${settings.checkerOff ? '-checker-off' : ''}${settings.spelling ? '-spelling' : ''}`,
  );
  await writeArticleFolder(dataDir, article, settings);
  return startMidadWebHost({ repoRoot, dataDir, rendererDir });
}

/** Midad pages by name, each opened on a fresh copy of its article's folder. */
export class PristineMidadPages {
  readonly #repoRoot: string;
  readonly #workDir: string;
  readonly #rendererDir: string | undefined;
  readonly #templates = new Map<string, string>();
  /** Each page's host now serving, and the folder copy it serves. */
  readonly #running = new Map<string, { host: MidadWebHost; dataDir: string }>();
  #copies = 0;

  /** Folders are written under workDir; rendererDir is the built renderer to serve. */
  constructor(repoRoot: string, workDir: string, rendererDir?: string) {
    this.#repoRoot = repoRoot;
    this.#workDir = workDir;
    this.#rendererDir = rendererDir;
  }

  async add(name: string, article: GeneratedArticle, settings?: MidadPageSettings): Promise<void> {
    const template = path.join(this.#workDir, `template-${this.#templates.size}`);
    await writeArticleFolder(template, article, settings);
    this.#templates.set(name, template);
  }

  /** Stops the page's previous host and starts one serving the article as written. */
  async open(name: string): Promise<MidadWebHost> {
    const template = this.#templates.get(name);
    if (!template) throw new Error(`no Midad page named ${name}`);
    await this.#stop(name);
    const dataDir = path.join(this.#workDir, `session-${(this.#copies += 1)}`);
    await fs.cp(template, dataDir, { recursive: true });
    const host = await startMidadWebHost({
      repoRoot: this.#repoRoot,
      dataDir,
      rendererDir: this.#rendererDir,
    });
    this.#running.set(name, { host, dataDir });
    return host;
  }

  async close(): Promise<void> {
    for (const name of [...this.#running.keys()]) await this.#stop(name);
  }

  /** Stops the page's host and removes its copy: a run opens a hundred or so. */
  async #stop(name: string): Promise<void> {
    const running = this.#running.get(name);
    if (!running) return;
    this.#running.delete(name);
    await running.host.stop();
    await fs.rm(running.dataDir, { recursive: true, force: true });
  }
}
