// Whether the machine has a network at all, as the browser knows it (online/offline events).
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useNavigatorOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}
