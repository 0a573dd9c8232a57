// WordPress 6.1's block editor as the typing benchmark's peer: a post holding the article,
// the welcome guide turned off in the user's persisted preferences, a session signed in
// through wp-login.php, and the in-page marker that says when the editor is editable.
import { readFileSync } from 'node:fs';
import type { Browser, Cookie } from 'playwright-core';
import type { Role, RunningWordPress } from '../../support/wordpress/start-wordpress.ts';

/** The newsroom role whose editor is measured: it may edit and publish anyone's posts. */
export const EDITOR_ROLE: Role = 'editor';

export function wordPressVersion(): string {
  const source = readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8');
  return /\$wp_version = '([^']+)'/.exec(source)?.[1] ?? 'unknown';
}

async function rest<T>(site: RunningWordPress, route: string, body: unknown): Promise<T> {
  const { login, appPassword } = site.users[EDITOR_ROLE];
  const response = await fetch(`${site.restRoot}${route}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`,
      'content-type': 'application/json; charset=utf-8',
    },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(
      `POST ${route}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`,
    );
  return (await response.json()) as T;
}

/** A new draft holding the article; returns the block editor's URL for it. */
export async function createArticlePost(
  site: RunningWordPress,
  title: string,
  blockMarkup: string,
): Promise<string> {
  const post = await rest<{ id: number; content: { raw: string } }>(
    site,
    'wp/v2/posts?context=edit',
    { title, content: blockMarkup, status: 'draft' },
  );
  if (post.content.raw !== blockMarkup)
    throw new Error('WordPress stored other content than the article sent');
  return `${site.url}/wp-admin/post.php?post=${post.id}&action=edit`;
}

/**
 * WordPress 6.1 keeps the editor's preferences in the user meta `wp_persisted_preferences`
 * (REST: `persisted_preferences`), scope `core/edit-post`; `welcomeGuide: false` is what
 * closing the guide stores, so the editor opens without the modal on every load.
 */
export async function turnOffWelcomeGuide(site: RunningWordPress): Promise<void> {
  const preferences = {
    'core/edit-post': { welcomeGuide: false },
    _modified: new Date().toISOString(),
  };
  const user = await rest<{
    meta: { persisted_preferences?: Record<string, { welcomeGuide?: boolean }> };
  }>(site, 'wp/v2/users/me?context=edit', {
    meta: { persisted_preferences: preferences },
  });
  if (user.meta.persisted_preferences?.['core/edit-post']?.welcomeGuide !== false)
    throw new Error('WordPress did not keep the welcome guide off');
}

/** Signs in through wp-login.php as a person does; the session's cookies, for fresh contexts. */
export async function signIn(
  browser: Browser,
  site: RunningWordPress,
  viewport: { width: number; height: number },
): Promise<Cookie[]> {
  const context = await browser.newContext({ viewport, locale: 'ar' });
  try {
    const page = await context.newPage();
    const user = site.users[EDITOR_ROLE];
    await page.goto(`${site.url}/wp-login.php`);
    await page.locator('#user_login').fill(user.login);
    await page.locator('#user_pass').fill(user.loginPassword);
    await page.locator('#wp-submit').click();
    await page.waitForURL(/\/wp-admin\//);
    return (await context.storageState()).cookies;
  } finally {
    await context.close();
  }
}

/**
 * Runs in the editor's page (serialized by Playwright: self-contained). Editable means:
 * the editor store reports ready and the paragraph holding `anchor` (mid-article) is in
 * the block list as a contenteditable rich-text element. That element is then marked as
 * [data-testid="editor"][data-ready="true"], which the typing benchmark's page probe
 * waits for (and paints) exactly as it does for Midad's editor.
 */
export function markWordPressEditorReady(anchor: string): void {
  type EditorStore = { __unstableIsEditorReady?: () => boolean };
  type WordPressWindow = Window & {
    wp?: { data?: { select: (store: string) => EditorStore | undefined } };
  };
  let marked: HTMLElement | null = null;
  const mark = () => {
    if (marked?.isConnected) return;
    const editables = document.querySelectorAll<HTMLElement>(
      '.block-editor-rich-text__editable[contenteditable="true"]',
    );
    // Cheap until the block list is there; the store is asked only once it is.
    if (editables.length === 0) return;
    if (
      (window as WordPressWindow).wp?.data?.select('core/editor')?.__unstableIsEditorReady?.() !==
      true
    )
      return;
    for (const editable of editables) {
      if (!editable.textContent?.includes(anchor)) continue;
      marked = editable;
      editable.setAttribute('data-testid', 'editor');
      editable.setAttribute('data-ready', 'true');
      return;
    }
  };
  // Kept watching: should React put a new element in its place, the new one is marked too.
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
}

export interface EditorInspection {
  blocks: number;
  invalidBlocks: number;
  paragraphs: number;
  welcomeGuideShown: boolean;
}

/** An uncounted load that checks what WordPress made of the article and that no guide covers it. */
export async function inspectEditor(
  browser: Browser,
  url: string,
  cookies: Cookie[],
  viewport: { width: number; height: number },
  anchor: string,
): Promise<EditorInspection> {
  const context = await browser.newContext({ viewport, locale: 'ar' });
  try {
    await context.addCookies(cookies);
    await context.addInitScript(markWordPressEditorReady, anchor);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid="editor"][data-ready="true"]', { timeout: 90_000 });
    return await page.evaluate(() => {
      type Block = { name: string; isValid: boolean };
      const wp = (
        window as unknown as {
          wp: { data: { select: (store: string) => { getBlocks: () => Block[] } } };
        }
      ).wp;
      const blocks = wp.data.select('core/block-editor').getBlocks();
      return {
        blocks: blocks.length,
        invalidBlocks: blocks.filter((block) => !block.isValid).length,
        paragraphs: blocks.filter((block) => block.name === 'core/paragraph').length,
        welcomeGuideShown: document.querySelector('.edit-post-welcome-guide') !== null,
      };
    });
  } finally {
    await context.close();
  }
}
