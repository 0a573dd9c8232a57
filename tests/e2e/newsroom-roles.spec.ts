// The newsroom role each site card shows, and the settings where a newsroom maps its own
// roles onto WordPress capabilities, in a real Chromium (the site is written, not added).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, openDraftId, test } from './fixtures.ts';

/** A site as the Sites screen keeps it, signed in as a WordPress author (WordPress 6.1's capabilities). */
function authorSite() {
  const now = '2026-12-01T09:00:00.000Z';
  return {
    id: 'site-author-1',
    url: 'https://news.example',
    restRoot: 'https://news.example/wp-json/',
    name: 'الأخبار',
    login: 'sara',
    account: { id: 7, name: 'سارة', roles: ['author'], locale: 'ar' },
    capabilities: [
      'read',
      'edit_posts',
      'edit_published_posts',
      'publish_posts',
      'upload_files',
      'delete_posts',
    ],
    categories: [],
    reviewBridge: null,
    addedAt: now,
    checkedAt: now,
  };
}

test('an author is a reporter until the newsroom makes publishing the copy editor’s rule, and a bad capability name saves nothing', async ({
  app,
}) => {
  const { page } = app;
  await writeFile(
    path.join(app.dataDir, 'sites.json'),
    JSON.stringify({ version: 1, sites: [authorSite()] }),
  );

  await page.getByTestId('nav-sites').click();
  await expect(page.getByTestId('site-newsroom-role')).toHaveAttribute('data-role', 'reporter');
  await expect(page.getByTestId('site-newsroom-role')).toHaveText('دورك في غرفة الأخبار: مراسل');

  await page.getByTestId('nav-settings').click();
  const copyEditor = page.getByTestId('setting-role-copy-editor');
  await expect(copyEditor).toHaveValue('edit_others_posts');
  await expect(page.getByTestId('setting-role-desk-chief')).toHaveValue(
    'edit_others_posts, publish_posts',
  );

  await copyEditor.fill('publish_posts, Edit Posts');
  await page.getByTestId('newsroom-roles-save').click();
  const outcome = page.getByTestId('newsroom-roles-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'refused');
  await expect(outcome).toContainText('ليس اسم صلاحية في ووردبريس');
  await expect(copyEditor).toHaveAttribute('aria-invalid', 'true');
  type Saved = { newsroom: { roleMapping: { copyEditor: string[]; deskChief: string[] } } };
  expect((await app.call<Saved>('settings.get')).newsroom.roleMapping.copyEditor).toEqual([
    'edit_others_posts',
  ]);

  await copyEditor.fill('publish_posts');
  await page.getByTestId('newsroom-roles-save').click();
  await expect(outcome).toHaveAttribute('data-outcome', 'saved');
  expect((await app.call<Saved>('settings.get')).newsroom.roleMapping).toEqual({
    copyEditor: ['publish_posts'],
    deskChief: ['edit_others_posts', 'publish_posts'],
  });

  await page.getByTestId('nav-sites').click();
  await expect(page.getByTestId('site-newsroom-role')).toHaveAttribute('data-role', 'copy-editor');
  await expect(page.getByTestId('site-newsroom-role')).toContainText('محرّر لغوي');
});

test('a reporter’s stage menu offers writing and handing over only; a story the site published shows so, greyed, never chosen by hand', async ({
  app,
}) => {
  const { page } = app;
  const contributor = {
    ...authorSite(),
    account: { id: 7, name: 'سارة', roles: ['contributor'], locale: 'ar' },
    capabilities: ['read', 'edit_posts', 'delete_posts'],
  };
  await writeFile(
    path.join(app.dataDir, 'sites.json'),
    JSON.stringify({ version: 1, sites: [contributor] }),
  );
  await page.reload();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  const menu = page.getByTestId('workflow-status');
  const choosable = () =>
    menu
      .locator('option:not([disabled])')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  await expect.poll(choosable).toEqual(['draft', 'sent_to_desk']);

  await app.call('drafts.setStatus', await openDraftId(page), 'published');
  await page.reload();
  await expect(menu).toHaveValue('published');
  await expect(menu.locator('option[value="published"]')).toBeDisabled();
  expect(await choosable()).toEqual(['draft', 'sent_to_desk']);
});
