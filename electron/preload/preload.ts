// Exposes the contract, and nothing else, as window.midad. Each method forwards its
// arguments over IPC; the main process validates them against the contract. The host's
// events arrive on one channel, handed to the page's listener without the IPC event.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL } from '../contract/channels.ts';

// The build reads the method names from electron/contract/ (scripts/build.mjs), so the
// sandboxed preload stays a few hundred bytes instead of carrying zod and every schema.
declare const MIDAD_CONTRACT_METHODS: readonly string[];

const api: Record<string, Record<string, (...args: never[]) => unknown>> = {};
for (const methodName of MIDAD_CONTRACT_METHODS) {
  const [namespace, methodKey] = methodName.split('.') as [string, string];
  api[namespace] ??= {};
  api[namespace][methodKey] = (...args: unknown[]) =>
    ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${methodName}`, args);
}

api.events = {
  subscribe: (listener: (event: unknown) => void) => {
    const relay = (_event: IpcRendererEvent, hostEvent: unknown) => listener(hostEvent);
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('midad', api);
