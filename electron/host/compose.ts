// Builds the services and the dispatcher for a host. The desktop app and browser mode
// differ only in the arguments: which settings store, which data folder, which mode.
import { DraftLibrary } from '../services/drafts/draft-library.ts';
import { SettingsService, type KeyValueStore } from '../services/settings/settings-service.ts';
import { createDispatcher, type Dispatch } from './dispatcher.ts';
import { createHandlers } from './handlers.ts';

export interface HostSetup {
  dataDir: string;
  mode: 'desktop' | 'browser';
  version: string;
  settingsStore: KeyValueStore;
  logError?: (methodName: string, error: unknown) => void;
}

export function composeHost(setup: HostSetup): Dispatch {
  // Opening starts now, in the background, so composeHost stays synchronous for both
  // hosts; calls wait for it, and a failure to open answers each call with its code.
  const drafts = DraftLibrary.open({ dataDir: setup.dataDir });
  drafts.catch((error: unknown) => setup.logError?.('drafts.open', error));
  const handlers = createHandlers({
    appInfo: { name: 'Midad', version: setup.version, mode: setup.mode, dataDir: setup.dataDir },
    settings: new SettingsService(setup.settingsStore),
    drafts: () => drafts,
  });
  return createDispatcher(handlers, { logError: setup.logError });
}
