// Binds the contract's methods to the services. Both hosts (Electron main and the
// browser-mode web host) build their handlers here, so they behave the same.
import type { HostHandlers } from '../contract.ts';
import type { SettingsService } from '../services/settings/settings-service.ts';
import type { CurrentDocumentStore } from '../services/drafts/current-document-store.ts';

export interface HostServices {
  appInfo: { name: string; version: string; mode: 'desktop' | 'browser'; dataDir: string };
  settings: SettingsService;
  currentDocument: CurrentDocumentStore;
}

export function createHandlers(services: HostServices): HostHandlers {
  return {
    app: {
      getInfo: async () => services.appInfo,
    },
    settings: {
      get: async () => services.settings.get(),
      set: async (patch) => services.settings.update(patch),
    },
    document: {
      load: async () => services.currentDocument.load(),
      save: async (document) => services.currentDocument.save(document),
    },
  };
}
