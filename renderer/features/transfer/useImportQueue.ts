// The window's one import queue, and its state as React state.
import { useSyncExternalStore } from 'react';
import { runImport } from './file-importers.ts';
import { ImportQueue, type ImportQueueState } from './import-queue.ts';

export const importQueue = new ImportQueue(runImport);

export function useImportQueue(): ImportQueueState {
  return useSyncExternalStore(importQueue.subscribe, importQueue.getState);
}
