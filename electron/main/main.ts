// Midad's Electron entry: one instance, one sandboxed window showing app://midad/, the
// contract over IPC, a menu in the user's language. The services are the same as in
// browser mode (electron/host/compose.ts); only where they keep their files differs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, net, safeStorage, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { composeHost } from '../host/compose.ts';
import { logsFolder, SupportLog } from '../services/logging/support-log.ts';
import { FileSecretStore } from '../services/publish/sites/secret-store.ts';
import { SETTINGS_FILE_OPTIONS, SettingsService } from '../services/settings/settings-service.ts';
import { keepMenuInLanguage } from './application-menu.ts';
import { menuLocaleFor } from './menu-locale.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { chromiumFetch } from './chromium-fetch.ts';
import { readDataDirArgument } from './data-dir-argument.ts';
import { relayHostEvents, sendCommand } from './host-event-relay.ts';
import { registerIpc } from './ipc.ts';
import { createMainWindow } from './main-window.ts';
import { followAppearance } from './native-theme.ts';
import { electronPdfRenderer } from './pdf-window.ts';
import { findMidadFileArgument } from './midad-file-argument.ts';
import { OpenedFiles } from './opened-files.ts';
import { RecentFiles } from './recent-files.ts';
import { reloadWhenRendererGone } from './renderer-recovery.ts';
import { SafeStorageSecretStore } from './safe-storage-secret-store.ts';
import { attachSpellingMenu, setUpSpellChecker } from './spellchecker.ts';
import { guardAllWebContents, guardPermissions } from './web-contents-guards.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = path.join(here, 'preload.cjs');
/** Built beside main.mjs (scripts/build.mjs): pictures are cleaned on it, not on this thread. */
const PICTURE_WORKER_FILE = 'picture-worker.mjs';
/** Built beside it too: a first start reads its many drafts on a few of these. */
const READING_WORKER_FILE = 'reading-worker.mjs';
const RENDERER_DIR = path.join(here, '..', 'renderer');

/** Open Recent's list on Windows and Linux, in a file of its own. */
const RECENT_FILES_KEY = 'recentFiles';

/** The user's consent to safeStorage's basic_text backend (Linux without a keyring). */
const WEAK_SECRET_STORAGE_KEY = 'allowWeakSecretStorage';

const logWarning = (message: string) => console.warn(`[midad] ${message}`);

// Before anything reads userData (the single-instance lock lives there too).
const dataDirArgument = readDataDirArgument(process.argv.slice(app.isPackaged ? 1 : 2));
if (dataDirArgument) app.setPath('userData', dataDirArgument);

registerAppScheme();
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another Midad is running with this data folder; it brings its window forward.
  app.quit();
}

function start(): void {
  let mainWindow: BrowserWindow | undefined;
  const appWebContentsIds = new Set<number>();

  // Read before 'ready': Chromium takes its locale from --lang as it starts, and with it the
  // native menus' direction (menu-locale.ts). A damaged file is cleared rather than thrown
  // at startup (SETTINGS_FILE_OPTIONS).
  const settingsStore = new ElectronStore({
    clearInvalidConfig: SETTINGS_FILE_OPTIONS.clearInvalidConfig,
  });
  const settings = new SettingsService(settingsStore);
  const menusLanguage = settings.get().language;
  const menuLocale = menuLocaleFor(menusLanguage, process.platform);
  app.commandLine.appendSwitch('lang', menuLocale.lang);

  guardAllWebContents(logWarning);

  // Listened to before 'ready': macOS sends the file a Finder double-click started the app with.
  let openMainWindow: (() => void) | undefined;
  const openedFiles = new OpenedFiles({
    hasWindow: () => mainWindow !== undefined && !mainWindow.isDestroyed(),
    reloadWindow: () => mainWindow?.webContents.reload(),
    openWindow: () => openMainWindow?.(),
    logFailure: logOpenFailure,
  });
  const firstFile = findMidadFileArgument(
    process.argv.slice(app.isPackaged ? 1 : 2),
    process.cwd(),
  );
  if (firstFile) openedFiles.open(firstFile);
  // Set once the menu is up: a file opened adds itself to Open Recent.
  let rememberRecentFile: ((filePath: string) => void) | undefined;
  const openFile = (filePath: string) => {
    openedFiles.open(filePath);
    rememberRecentFile?.(filePath);
  };
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFile(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = findMidadFileArgument(argv, workingDirectory);
    if (file) openFile(file);
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    const windowStateStore = new ElectronStore({ name: 'window-state', clearInvalidConfig: true });

    guardPermissions(session.defaultSession);

    const dataDir = app.getPath('userData');
    const log = new SupportLog({ dataDir });
    app.on('child-process-gone', (_event, details) =>
      log.info('child-process.gone', {
        type: details.type,
        reason: details.reason,
        exitCode: details.exitCode,
      }),
    );
    // Chromium falls back to en-US where a locale's pack is missing: the log tells which it took.
    log.info('menus.locale', { ...menuLocale, appLocale: app.getLocale() });
    // Asked in the Sites screen; kept beside the settings, not inside them. The store
    // applies it to safeStorage here, before any password is read.
    const consent = {
      isAccepted: () => settingsStore.get(WEAK_SECRET_STORAGE_KEY) === true,
      set: (accepted: boolean) => settingsStore.set(WEAK_SECRET_STORAGE_KEY, accepted),
    };
    const spellChecking = setUpSpellChecker(session.defaultSession, app);
    const host = composeHost({
      dataDir,
      mode: 'desktop',
      version: app.getVersion(),
      settingsStore,
      menusLanguage,
      secretStore: new SafeStorageSecretStore({
        dataDir,
        safeStorage,
        consent,
        legacy: new FileSecretStore(dataDir),
      }),
      spellChecking: { checker: spellChecking.checker, languages: spellChecking.languages },
      // WordPress through Chromium's network stack: the system's proxy and certificates.
      fetch: chromiumFetch((options) => net.request(options)),
      fontsFolder: path.join(RENDERER_DIR, 'assets'),
      pdfRenderer: electronPdfRenderer,
      bringToFront: () => {
        if (!mainWindow || mainWindow.isDestroyed()) return;
        if (mainWindow.isMinimized()) mainWindow.restore();
        mainWindow.show();
        mainWindow.focus();
      },
      pictureWorkerFile: path.join(here, PICTURE_WORKER_FILE),
      readingWorkerFile: path.join(here, READING_WORKER_FILE),
      logError: (methodName, error) => console.error(`[midad] ${methodName} failed:`, error),
      log,
    });
    serveRenderer(session.defaultSession, RENDERER_DIR, host.readMedia);
    registerIpc(host.dispatch, appWebContentsIds, logWarning);
    relayHostEvents(host.events, appWebContentsIds);
    finishWritesBeforeQuitting(host.shutdown);
    openedFiles.hostReady(host.openDraftFile);

    const onSettingsChange = (listener: () => void) => settingsStore.onDidAnyChange(listener);
    const recentFilesStore = new ElectronStore({ name: 'recent-files', clearInvalidConfig: true });
    const recentFiles = new RecentFiles({
      read: () => recentFilesStore.get(RECENT_FILES_KEY),
      write: (files) => recentFilesStore.set(RECENT_FILES_KEY, files),
    });
    const refreshMenu = keepMenuInLanguage(() => settings.get().language, onSettingsChange, {
      openLogsFolder: () => void shell.openPath(logsFolder(dataDir)),
      runCommand: (commandId) =>
        sendCommand((BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents, commandId),
      openRecentFile: openFile,
      recentFiles: () => recentFiles.list(),
    });
    rememberRecentFile = (filePath) => {
      app.addRecentDocument(filePath);
      recentFiles.add(filePath);
      refreshMenu();
    };
    if (firstFile) rememberRecentFile(firstFile);

    // Before the window: its first background is already the right one.
    followAppearance(
      () => settings.get().appearance,
      onSettingsChange,
      () => mainWindow,
    );

    const openWindow = () => {
      const window = createMainWindow(PRELOAD_PATH, windowStateStore);
      const webContentsId = window.webContents.id;
      appWebContentsIds.add(webContentsId);
      window.on('closed', () => appWebContentsIds.delete(webContentsId));
      attachSpellingMenu(window, () => settings.get().language);
      reloadWhenRendererGone(window.webContents, log);
      mainWindow = window;
    };
    openMainWindow = openWindow;
    openWindow();

    // macOS keeps the app running without windows; clicking the dock icon reopens one.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}

/** The error's code only: a file's content never reaches a log. */
function logOpenFailure(error: unknown): void {
  logWarning(
    `could not open the .midad file: ${(error as { code?: string }).code ?? 'host.internal'}`,
  );
}

/** Longest the app waits at quit for the last saves to reach disk. */
const SHUTDOWN_LIMIT_MS = 10_000;

/**
 * Closing the window sends the writer's last autosave; quitting must not cut that
 * write short, so the app waits for every call already received, then quits.
 */
function finishWritesBeforeQuitting(shutdown: () => Promise<void>): void {
  let finished = false;
  app.on('will-quit', (event) => {
    if (finished) return;
    event.preventDefault();
    const limit = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_LIMIT_MS));
    void Promise.race([shutdown().catch(() => undefined), limit]).then(() => {
      finished = true;
      app.quit();
    });
  });
}
