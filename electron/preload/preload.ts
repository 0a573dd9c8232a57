// Exposes the contract, and nothing else, as window.midad. Each method forwards its
// arguments over IPC; the main process validates them against the contract.
import { contextBridge, ipcRenderer } from 'electron';
import { contract, IPC_CHANNEL_PREFIX } from '../contract.ts';

const api = Object.fromEntries(
  Object.entries(contract).map(([namespace, methods]) => [
    namespace,
    Object.fromEntries(
      Object.keys(methods).map((methodKey) => [
        methodKey,
        (...args: unknown[]) => ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${namespace}.${methodKey}`, args),
      ]),
    ),
  ]),
);

contextBridge.exposeInMainWorld('midad', api);
