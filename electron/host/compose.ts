// Builds the services and the dispatcher for a host. The desktop app and browser mode
// differ only in the arguments: which settings store, which data folder, which mode.
import { CurrentDocumentStore } from '../services/drafts/current-document-store.ts';
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
  const handlers = createHandlers({
    appInfo: { name: 'Midad', version: setup.version, mode: setup.mode, dataDir: setup.dataDir },
    settings: new SettingsService(setup.settingsStore),
    currentDocument: new CurrentDocumentStore({ dataDir: setup.dataDir }),
  });
  return createDispatcher(handlers, { logError: setup.logError });
}
