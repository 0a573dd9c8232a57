// The library's screen (its <main>) as a place to drop files: .docx and .midad files dropped on it go into the
// import queue (through the same importers, so the same checks, as the buttons); any other
// file is left out and named. While files are dragged over it, the whole screen says where
// they go. A drop while an import runs joins its queue, and the screen says so until it ends.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/import.css';
import { importKindOf, type ImportRequest } from './import-queue.ts';
import { importQueue, useImportQueue } from './useImportQueue.ts';

interface LibraryDropZoneProps {
  onImport: (requests: ImportRequest[]) => void;
  children: ReactNode;
}

interface DropNote {
  refused: string[];
  queued: boolean;
}

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function LibraryDropZone({ onImport, children }: LibraryDropZoneProps) {
  const { t, i18n } = useTranslation();
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<DropNote | null>(null);
  const { busy } = useImportQueue();
  // dragenter and dragleave come for every child crossed: the zone is left when they balance.
  const depth = useRef(0);

  const take = (files: File[]) => {
    const requests: ImportRequest[] = [];
    const refused: string[] = [];
    for (const file of files) {
      const kind = importKindOf(file.name);
      if (kind) requests.push({ file, kind });
      else refused.push(file.name);
    }
    const queued = requests.length > 0 && importQueue.getState().busy;
    setNote(refused.length > 0 || queued ? { refused, queued } : null);
    if (requests.length > 0) onImport(requests);
  };

  return (
    <main
      className="library drop-zone"
      data-testid="library"
      data-drop-over={over}
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        take([...event.dataTransfer.files]);
      }}
    >
      {over && (
        <div className="drop-zone-overlay" data-testid="drop-zone-overlay" aria-hidden="true">
          {t('importQueue.dropHere')}
        </div>
      )}
      {note && note.refused.length > 0 && (
        <p className="notice" role="alert" data-testid="drop-refused">
          {t('importQueue.refused', {
            files: note.refused.join(i18n.language === 'ar' ? '، ' : ', '),
          })}
        </p>
      )}
      {note?.queued && busy && (
        <p className="import-outcome" role="status" data-testid="drop-queued">
          {t('importQueue.queued')}
        </p>
      )}
      {children}
    </main>
  );
}
