// The Sites screen on a desktop app without a keyring (Linux's basic_text): it says the
// passwords would be obfuscated, not encrypted, refuses new sites until the user accepts,
// says how to get a keyring, and lets the user take the consent back. The browser-mode
// host keeps passwords in a file, so the host's answers about the storage are the desktop
// app's, given here; the screen, its strings and its buttons are the real ones.
import type { Page } from '@playwright/test';
import type { SecretStorage } from '../../electron/contract/index.ts';
import { expect, test } from './fixtures.ts';

/** Answers the three storage calls as the desktop app on basic_text does, remembering the consent. */
async function answerAsDesktopWithoutKeyring(page: Page): Promise<string[]> {
  const calls: string[] = [];
  let storage: SecretStorage = { kind: 'basic-text', weakAccepted: false };
  const answer =
    (next?: SecretStorage) =>
    (route: { fulfill(options: { contentType: string; body: string }): Promise<void> }) => {
      if (next) storage = next;
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: storage }),
      });
    };
  await page.route('**/api/sites.secretStorage', answer());
  await page.route(
    '**/api/sites.acceptWeakSecretStorage',
    (route) => (calls.push('accept'), answer({ kind: 'basic-text', weakAccepted: true })(route)),
  );
  await page.route(
    '**/api/sites.withdrawWeakSecretStorage',
    (route) => (calls.push('withdraw'), answer({ kind: 'basic-text', weakAccepted: false })(route)),
  );
  return calls;
}

test('without a keyring the Sites screen says what obfuscated means, adds no site until accepted, and the consent can be taken back', async ({
  app,
}) => {
  const { page } = app;
  const calls = await answerAsDesktopWithoutKeyring(page);
  await page.getByTestId('nav-sites').click();

  const note = page.getByTestId('secret-storage');
  await expect(note).toHaveAttribute('data-accepted', 'false');
  await expect(note).toContainText('مموّهةً، لا مشفّرة');
  await expect(note).toContainText('كل من يصل إلى حساب المستخدم الخاص بك');
  await expect(note).toContainText('gnome-keyring');
  await expect(page.getByTestId('site-add')).toBeDisabled();

  await note.getByTestId('accept-weak-storage').click();
  await expect(note).toHaveAttribute('data-accepted', 'true');
  await expect(note).toContainText('وقد قبلتَ ذلك');
  await expect(page.getByTestId('site-add')).toBeEnabled();

  await note.getByTestId('withdraw-weak-storage').click();
  await note.getByTestId('withdraw-weak-storage-confirm').click();
  await expect(note).toHaveAttribute('data-accepted', 'false');
  await expect(page.getByTestId('site-add')).toBeDisabled();
  expect(calls).toEqual(['accept', 'withdraw']);
});

test('in English the same note says the password is obfuscated, not encrypted', async ({ app }) => {
  const { page } = app;
  await app.call('settings.set', { language: 'en' });
  await page.reload();
  await answerAsDesktopWithoutKeyring(page);
  await page.getByTestId('nav-sites').click();
  const note = page.getByTestId('secret-storage');
  await expect(note).toContainText(
    'kept obfuscated, not encrypted: anyone with access to your user account',
  );
  await expect(note).toContainText('--password-store=gnome-libsecret');
});
