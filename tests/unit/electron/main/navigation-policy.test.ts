import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../../electron/main/app-origin.ts';
import {
  decideWindowOpen,
  isNavigationAllowed,
  isSafeExternalUrl,
} from '../../../../electron/main/navigation-policy.ts';

describe('navigation inside the window', () => {
  it('stays allowed within the app', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL)).toBe(true);
    expect(isNavigationAllowed('app://midad/index.html#draft')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://midad.evil.com/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
  ])('is cancelled for %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });
});

describe('links that leave the app', () => {
  it.each(['https://example.com/article', 'http://example.com/', 'mailto:desk@example.com'])(
    'go to the system for %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: url });
    },
  );

  it.each([
    'file:///home/writer/.ssh/id_rsa',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://midad/index.html',
    'smb://server/share',
    'vscode://file/etc',
    'ms-settings:',
    'https:',
    '',
    'FILE:///C:/Windows/System32/calc.exe',
    '\\\\attacker.example\\share\\payload.exe',
    'jav\tascript:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox(1)',
    'ftp://example.com/file',
    'ws://example.com/',
    'blob:https://example.com/0b8e',
    'chrome://settings',
    'x-midad-custom://open',
    'http://user:secret@example.com/',
    'https://bank.example@evil.example/',
    'https://:password@example.com/',
  ])('are never handed to the system for %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
    expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
  });

  it('never open a second window, whatever the URL', () => {
    for (const url of ['https://example.com', APP_ENTRY_URL, 'about:blank']) {
      expect(decideWindowOpen(url).action).toBe('deny');
    }
  });

  it('hand the system the URL as parsed, not the text as written', () => {
    expect(decideWindowOpen('  HTTPS://Example.COM/a b  ')).toEqual({
      action: 'deny',
      openExternally: 'https://example.com/a%20b',
    });
  });
});
