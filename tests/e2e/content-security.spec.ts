// The Content Security Policy is not only written down: Chromium enforces it on the app.
import { expect, test } from './fixtures.ts';

test('an injected inline script does not run and a remote request is refused', async ({ app }) => {
  const { page } = app;
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('src', 'data:,');
    handler.setAttribute('onerror', 'window.__handler = true');
    document.body.append(handler);
    await new Promise((resolve) => setTimeout(resolve, 100));
    let remoteFetch = 'answered';
    try {
      await fetch('http://127.0.0.2:9/steal');
    } catch {
      remoteFetch = 'refused';
    }
    const flags = window as unknown as { __injected?: boolean; __handler?: boolean };
    return { inline: flags.__injected ?? false, handler: flags.__handler ?? false, remoteFetch };
  });
  expect(outcome).toEqual({ inline: false, handler: false, remoteFetch: 'refused' });
  expect(app.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
});

test('the page is served with the policy as a header, frame-ancestors included', async ({
  app,
}) => {
  const response = await app.page.request.get(app.host.openUrl);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});
