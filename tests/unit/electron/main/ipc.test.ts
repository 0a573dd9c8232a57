// The IPC handlers wired to Electron, with ipcMain replaced by a stand-in: one handler per
// contract method, each checking its sender before the dispatcher sees the arguments.
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL_PREFIX, listMethods } from '../../../../electron/contract.ts';

const handlers = vi.hoisted(() => new Map<string, (event: unknown, args: unknown) => Promise<unknown>>());

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) => handlers.set(channel, handler) },
}));

const { registerIpc } = await import('../../../../electron/main/ipc.ts');

const calls: string[] = [];
const warnings: string[] = [];
registerIpc(
  async (methodName) => {
    calls.push(methodName);
    return { ok: true, value: null };
  },
  new Set([7]),
  (message) => warnings.push(message),
);

function eventFrom(webContentsId: number, url: string, isMainFrame = true) {
  return {
    sender: { id: webContentsId, getURL: () => url },
    senderFrame: { url, parent: isMainFrame ? null : {}, isDestroyed: () => false },
  };
}

describe('the IPC handlers', () => {
  it('exist for exactly the contract methods', () => {
    expect([...handlers.keys()].sort()).toEqual(listMethods().map(({ name }) => IPC_CHANNEL_PREFIX + name).sort());
  });

  it("pass the app's own main frame through to the dispatcher", async () => {
    const [channel, handler] = [...handlers][0]!;
    await expect(handler(eventFrom(7, 'app://midad/index.html'), [])).resolves.toEqual({ ok: true, value: null });
    expect(calls).toEqual([channel.slice(IPC_CHANNEL_PREFIX.length)]);
  });

  it('refuse other senders before the dispatcher sees their arguments', async () => {
    calls.length = 0;
    const handler = [...handlers.values()][0]!;
    for (const event of [
      eventFrom(8, 'app://midad/index.html'),
      eventFrom(7, 'https://attacker.example/'),
      eventFrom(7, 'app://midad/index.html', false),
      { sender: { id: 7, getURL: () => 'app://midad/index.html' }, senderFrame: null },
      { sender: { id: 7, getURL: () => 'app://midad/index.html' }, senderFrame: { url: 'app://midad/index.html', parent: null, isDestroyed: () => true } },
    ]) {
      await expect(handler(event, [])).rejects.toThrow('Untrusted sender');
    }
    expect(calls).toEqual([]);
    expect(warnings).toHaveLength(5);
  });

  it("take a page's last autosave when its frame is already gone (the window reloading), and nothing else from it", async () => {
    calls.length = 0;
    const goneFrame = { sender: { id: 7, getURL: () => 'app://midad/index.html' }, senderFrame: null };
    await expect(handlers.get(`${IPC_CHANNEL_PREFIX}drafts.save`)!(goneFrame, [])).resolves.toEqual({ ok: true, value: null });
    await expect(handlers.get(`${IPC_CHANNEL_PREFIX}drafts.list`)!(goneFrame, [])).rejects.toThrow('Untrusted sender');
    expect(calls).toEqual(['drafts.save']);
  });
});
