// Exposes the contract, and nothing else, as window.midad. Each method forwards its
// arguments over IPC; the main process validates them against the contract.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL_PREFIX } from '../contract-channels.ts';

// The build reads the method names from electron/contract.ts (scripts/build.mjs), so the
// sandboxed preload stays a few hundred bytes instead of carrying zod and every schema.
declare const MIDAD_CONTRACT_METHODS: readonly string[];

const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
for (const methodName of MIDAD_CONTRACT_METHODS) {
  const [namespace, methodKey] = methodName.split('.') as [string, string];
  api[namespace] ??= {};
  api[namespace][methodKey] = (...args) => ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${methodName}`, args);
}

contextBridge.exposeInMainWorld('midad', api);
