// A .midad file the system hands the app ends up on screen whatever the app's state: not
// ready yet, showing its window, or (macOS) running with its window closed.
import { describe, expect, it } from 'vitest';
import { OpenedFiles, type OpenedFilesWorld } from '../../../../electron/main/opened-files.ts';

function app(windowOpen: boolean) {
  const did: string[] = [];
  const world: OpenedFilesWorld = {
    hasWindow: () => windowOpen,
    reloadWindow: () => did.push('reload the window'),
    openWindow: () => {
      windowOpen = true;
      did.push('open a window');
    },
    logFailure: (error) => did.push(`log ${(error as { code: string }).code}`),
  };
  const imported: string[] = [];
  const importDraft = async (filePath: string) => {
    imported.push(filePath);
    if (filePath.includes('broken'))
      throw Object.assign(new Error('unreadable'), { code: 'import.invalid_file' });
    return 'draft_1';
  };
  return { did, imported, importDraft, openedFiles: new OpenedFiles(world) };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('a .midad file handed to the app', () => {
  it('opens a window on the draft when the app runs with its window closed (macOS)', async () => {
    const { did, imported, importDraft, openedFiles } = app(false);
    openedFiles.hostReady(importDraft);
    openedFiles.open('/Users/reporter/Desktop/story.midad');
    await settled();
    expect(imported).toEqual(['/Users/reporter/Desktop/story.midad']);
    expect(did).toEqual(['open a window']);
  });

  it('restarts the open window on the draft, so its last autosave goes out first', async () => {
    const { did, importDraft, openedFiles } = app(true);
    openedFiles.hostReady(importDraft);
    openedFiles.open('/tmp/story.midad');
    await settled();
    expect(did).toEqual(['reload the window']);
  });

  it('waits for the host when it comes before the app is ready, and leaves the first window to show it', async () => {
    const { did, imported, importDraft, openedFiles } = app(false);
    openedFiles.open('/tmp/first.midad');
    expect(imported).toEqual([]);
    openedFiles.hostReady(importDraft);
    await settled();
    expect(imported).toEqual(['/tmp/first.midad']);
    expect(did).toEqual([]);
  });

  it('opens nothing for a file that cannot be imported, and logs only its code', async () => {
    const { did, importDraft, openedFiles } = app(false);
    openedFiles.hostReady(importDraft);
    openedFiles.open('/tmp/broken.midad');
    await settled();
    expect(did).toEqual(['log import.invalid_file']);
  });
});
