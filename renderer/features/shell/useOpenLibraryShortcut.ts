// Ctrl+O (Cmd+O on macOS) shows the library. Matched on the physical key, so it works
// with the Arabic layout too (by event.code, not event.key).
import { useEffect, useRef } from 'react';

export function useOpenLibraryShortcut(showLibrary: () => void): void {
  const latest = useRef(showLibrary);
  latest.current = showLibrary;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.code !== 'KeyO' ||
        !(event.ctrlKey || event.metaKey) ||
        event.shiftKey ||
        event.altKey
      )
        return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
