// The library: every draft by last change, filtered, sorted and searched; new, open,
// duplicate, trash; the trash itself; and import of .midad and .docx files, chosen or dropped
// on the screen. Loaded on first use.
import type { DocxImportReport } from '../../../electron/contract/index.ts';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/library.css';
import { HostCallError, midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { ImportButton } from '../transfer/ImportButton.tsx';
import { ImportProgress } from '../transfer/ImportProgress.tsx';
import type { ImportRequest } from '../transfer/import-queue.ts';
import { importQueue } from '../transfer/useImportQueue.ts';
import { LibraryDropZone } from '../transfer/LibraryDropZone.tsx';
import { DraftRow } from './DraftRow.tsx';
import { LibraryFilters } from './LibraryFilters.tsx';
import { DEFAULT_FILTER, sectionsOf, viewDrafts } from './library-view.ts';
import { SearchResults } from './SearchResults.tsx';
import { TrashList } from './TrashList.tsx';
import { useDraftSearch } from './useDraftSearch.ts';
import { useLibraryLists } from './useLibraryLists.ts';

export interface LibraryScreenProps {
  openDraftId: string;
  onOpen: (draftId: string) => Promise<void>;
  onCreate: () => Promise<void>;
  /** Saves the draft open in the editor; false when that failed. */
  saveOpenDraft: () => Promise<boolean>;
  /** The draft open in the editor went to the trash: open another. */
  onOpenDraftTrashed: () => Promise<void>;
  onListed: () => void;
  /** A .docx became a new draft: what its import changed or left out, shown with the draft. */
  onDocxReport: (draftId: string, report: DocxImportReport) => void;
}

export default function LibraryScreen(props: LibraryScreenProps) {
  const { openDraftId, onOpen, onCreate, saveOpenDraft, onOpenDraftTrashed, onListed } = props;
  const { onDocxReport } = props;
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const lists = useLibraryLists(saveOpenDraft, onListed);
  const [tab, setTab] = useState<'drafts' | 'trash'>('drafts');
  const [filter, setFilter] = useState(DEFAULT_FILTER);
  const [query, setQuery] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const search = useDraftSearch(query, lists.drafts);

  const drafts = useMemo(() => lists.drafts ?? [], [lists.drafts]);
  const shown = useMemo(
    () => viewDrafts(drafts, filter, i18n.language),
    [drafts, filter, i18n.language],
  );
  const sections = useMemo(() => sectionsOf(drafts, i18n.language), [drafts, i18n.language]);
  const byId = useMemo(() => new Map(drafts.map((draft) => [draft.id, draft])), [drafts]);

  /** Runs a change, then lists again; a failure is said in words, never as a raw code. */
  const act = async (change: () => Promise<unknown>) => {
    try {
      await change();
      setFailure(null);
    } catch (error) {
      setFailure(error);
    }
    await lists.reload();
  };
  const trash = (draftId: string) =>
    act(async () => {
      if (draftId === openDraftId) {
        if (!(await saveOpenDraft())) throw new HostCallError('storage.write_failed');
        await midad.drafts.trash(draftId);
        await onOpenDraftTrashed();
      } else {
        await midad.drafts.trash(draftId);
      }
    });

  const importFiles = (requests: ImportRequest[]) => {
    void importQueue.add(requests).then((outcomes) => {
      void lists.reload();
      // One Word document opens as soon as it is in, as it always did; a batch stays here.
      const [only] = outcomes;
      // What each Word document's import changed or left out goes with its draft.
      for (const outcome of outcomes)
        if (outcome.ok && outcome.report) onDocxReport(outcome.draftId, outcome.report);
      if (outcomes.length === 1 && only?.ok && only.kind === 'docx') void onOpen(only.draftId);
    });
  };

  return (
    <LibraryDropZone onImport={importFiles}>
      <div className="library-head">
        <h2 className="library-heading">{t('library.title')}</h2>
        <div className="library-tabs" role="tablist">
          {(['drafts', 'trash'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              className="nav-tab"
              data-testid={`library-tab-${name}`}
              aria-selected={tab === name}
              onClick={() => setTab(name)}
            >
              {t(`library.tab.${name}`)}
              {name === 'trash' && lists.trash
                ? ` (${new Intl.NumberFormat(i18n.locale).format(lists.trash.length)})`
                : ''}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="primary-button"
          data-testid="new-draft"
          onClick={() => void onCreate()}
        >
          {t('library.new')}
        </button>
        <ImportButton onImport={importFiles} />
      </div>
      <ImportProgress />
      {failure || lists.error ? (
        <p className="notice" role="alert" data-testid="library-failed">
          {errorMessage(failure || lists.error)}
        </p>
      ) : null}
      {tab === 'drafts' ? (
        <>
          {lists.reading && !lists.reading.complete ? (
            <p className="library-empty" role="status" data-testid="library-reading">
              {t('library.reading', {
                listed: new Intl.NumberFormat(i18n.language).format(lists.reading.listed),
                total: new Intl.NumberFormat(i18n.language).format(lists.reading.total),
              })}
            </p>
          ) : null}
          <div className="library-toolbar">
            <input
              type="search"
              className="library-search"
              data-testid="library-search"
              lang="ar"
              dir="auto"
              value={query}
              placeholder={t('search.placeholder')}
              aria-label={t('search.label')}
              onChange={(event) => setQuery(event.target.value)}
            />
            <LibraryFilters filter={filter} sections={sections} onChange={setFilter} />
          </div>
          {search.state !== 'off' ? (
            <SearchResults search={search} drafts={byId} onOpen={(id) => void onOpen(id)} />
          ) : lists.drafts === null ? (
            <p className="library-empty">{t('app.loadingPanel')}</p>
          ) : shown.length === 0 ? (
            <p className="library-empty">
              {drafts.length === 0 ? t('library.none') : t('library.noneMatch')}
            </p>
          ) : (
            <ul className="draft-list" data-testid="draft-list">
              {shown.map((draft) => (
                <DraftRow
                  key={draft.id}
                  draft={draft}
                  isOpen={draft.id === openDraftId}
                  onOpen={() => void onOpen(draft.id)}
                  onDuplicate={() =>
                    void act(async () => {
                      if (draft.id === openDraftId) await saveOpenDraft();
                      await midad.drafts.duplicate(draft.id);
                    })
                  }
                  onTrash={() => void trash(draft.id)}
                />
              ))}
            </ul>
          )}
        </>
      ) : (
        <TrashList
          trash={lists.trash ?? []}
          onRestore={(id) => void act(() => midad.drafts.restore(id))}
          onDelete={(id) => void act(() => midad.drafts.deleteFromTrash(id))}
          onEmpty={() => void act(() => midad.drafts.emptyTrash())}
        />
      )}
    </LibraryDropZone>
  );
}
