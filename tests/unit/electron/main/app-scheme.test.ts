// The app:// scheme's privileges as registered with Electron, through a stand-in for
// protocol.registerSchemesAsPrivileged that only records what it is given.
import type { CustomScheme, Protocol } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const registered = vi.hoisted(() => [] as CustomScheme[]);

vi.mock('electron', () => {
  // Same signature as Electron's (checked by the type checker); it records instead of
  // registering: https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes
  const protocol: Pick<Protocol, 'registerSchemesAsPrivileged'> = {
    registerSchemesAsPrivileged: (customSchemes) => void registered.push(...customSchemes),
  };
  return { protocol };
});

const { registerAppScheme } = await import('../../../../electron/main/app-protocol.ts');

describe('the app:// scheme', () => {
  it("keeps V8's compiled renderer between launches (codeCache, which only works on a standard scheme)", () => {
    registerAppScheme();
    const privileges = registered.find((custom) => custom.scheme === 'app')?.privileges;
    // https://www.electronjs.org/docs/latest/api/structures/custom-scheme: "codeCache …
    // only works when standard is also set to true".
    expect(privileges).toMatchObject({
      codeCache: true,
      standard: true,
      secure: true,
      supportFetchAPI: true,
    });
  });
});
