// The IPC handlers wired to Electron, with ipcMain replaced by a stand-in: one handler per
// contract method, each checking its sender before the dispatcher sees the arguments.
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL_PREFIX, listMethods } from '../../../../electron/contract/index.ts';
import { invokeEventStandIn } from '../../../../electron/main/test-support/ipc-main-stand-in.ts';

const electron = await vi.hoisted(async () => {
  const { ipcMainStandIn } =
    await import('../../../../electron/main/test-support/ipc-main-stand-in.ts');
  return ipcMainStandIn();
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain }));

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
  return invokeEventStandIn(webContentsId, { url, isMainFrame });
}

describe('the IPC handlers', () => {
  it('exist for exactly the contract methods', () => {
    expect(electron.channels().sort()).toEqual(
      listMethods()
        .map(({ name }) => IPC_CHANNEL_PREFIX + name)
        .sort(),
    );
  });

  it("pass the app's own main frame through to the dispatcher", async () => {
    const channel = electron.channels()[0]!;
    await expect(
      electron.invoke(channel, eventFrom(7, 'app://midad/index.html'), []),
    ).resolves.toEqual({ ok: true, value: null });
    expect(calls).toEqual([channel.slice(IPC_CHANNEL_PREFIX.length)]);
  });

  it('refuse other senders before the dispatcher sees their arguments', async () => {
    calls.length = 0;
    const channel = `${IPC_CHANNEL_PREFIX}drafts.list`;
    for (const event of [
      eventFrom(8, 'app://midad/index.html'),
      eventFrom(7, 'https://attacker.example/'),
      eventFrom(7, 'app://midad/index.html', false),
      invokeEventStandIn(7, null),
      invokeEventStandIn(7, { url: 'app://midad/index.html', isMainFrame: true, destroyed: true }),
    ]) {
      await expect(electron.invoke(channel, event, [])).rejects.toThrow('Untrusted sender');
    }
    expect(calls).toEqual([]);
    expect(warnings).toHaveLength(5);
  });

  it("take a page's last autosave when its frame is already gone (the window reloading), and nothing else from it", async () => {
    calls.length = 0;
    const goneFrame = invokeEventStandIn(7, null);
    await expect(
      electron.invoke(`${IPC_CHANNEL_PREFIX}drafts.save`, goneFrame, []),
    ).resolves.toEqual({ ok: true, value: null });
    await expect(
      electron.invoke(`${IPC_CHANNEL_PREFIX}drafts.list`, goneFrame, []),
    ).rejects.toThrow('Untrusted sender');
    expect(calls).toEqual(['drafts.save']);
  });
});
