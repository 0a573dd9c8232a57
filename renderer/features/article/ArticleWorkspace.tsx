// The writing screen: the article's metadata, its body in the editor, live counters, and
// autosave (after a pause, on window blur and when the page is hidden).
import type { EditorState, LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDocument, ArticleMeta, SavedDocument } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';
import { Editor } from '../../editor/Editor.tsx';
import { LanguageSwitch } from '../settings/LanguageSwitch.tsx';
import { EMPTY_META, formatTags, parseTags } from './article-meta.ts';
import { Autosaver, type SaveStatus } from './autosaver.ts';
import { Counters } from './Counters.tsx';
import { MetaFields } from './MetaFields.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { useArticleCounts } from './useArticleCounts.ts';

interface ArticleWorkspaceProps {
  saved: SavedDocument | null;
  loadFailed: boolean;
  wordsPerMinute: number;
}

function useAutosaver(snapshot: () => ArticleDocument | null, saved: SavedDocument | null) {
  const [status, setStatus] = useState<SaveStatus>(
    saved ? { state: 'saved', savedAt: saved.savedAt } : { state: 'idle' },
  );
  const autosaver = useMemo(
    () => new Autosaver({ save: (document) => midad.document.save(document), snapshot, onStatus: setStatus }),
    [snapshot],
  );
  useEffect(() => {
    const saveNow = () => void autosaver.flush();
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('blur', saveNow);
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveWhenHidden);
    return () => {
      window.removeEventListener('blur', saveNow);
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveWhenHidden);
      autosaver.dispose();
    };
  }, [autosaver]);
  return { autosaver, status };
}

export function ArticleWorkspace({ saved, loadFailed, wordsPerMinute }: ArticleWorkspaceProps) {
  const { t } = useTranslation();
  const editorRef = useRef<LexicalEditor | null>(null);
  const initialMeta = saved?.document.meta ?? EMPTY_META;
  const [meta, setMeta] = useState<ArticleMeta>(initialMeta);
  const [tagsLine, setTagsLine] = useState(() => formatTags(initialMeta.tags));
  const metaRef = useRef(meta);
  metaRef.current = meta;

  const snapshot = useCallback((): ArticleDocument | null => {
    const editor = editorRef.current;
    if (!editor) return null;
    // Lexical types the root's `type` as any string; the contract pins it to 'root'.
    const body = editor.getEditorState().toJSON() as unknown as ArticleDocument['body'];
    return { schemaVersion: 1, meta: metaRef.current, body };
  }, []);
  const { autosaver, status } = useAutosaver(snapshot, saved);
  const { counts, recount } = useArticleCounts();

  // The loaded article, as the editor normalised it, is the baseline: opening is not a change.
  const baselineSet = useRef(false);
  const onBodyChange = useCallback(
    (editorState: EditorState) => {
      recount(editorState);
      if (baselineSet.current) autosaver.schedule();
    },
    [autosaver, recount],
  );
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || baselineSet.current) return;
    baselineSet.current = true;
    const loaded = snapshot();
    if (saved && loaded) autosaver.setBaseline(loaded);
    recount(editor.getEditorState());
  }, [autosaver, recount, saved, snapshot]);

  const updateMeta = (patch: Partial<ArticleMeta>) => {
    setMeta((previous) => ({ ...previous, ...patch }));
    autosaver.schedule();
  };

  return (
    <div className="workspace">
      <header className="app-bar">
        <h1 className="app-name">{t('app.name')}</h1>
        <SaveIndicator status={status} />
        <LanguageSwitch />
      </header>
      {loadFailed && (
        <p className="notice" role="alert">
          {t('app.loadFailed')}
        </p>
      )}
      <main className="article">
        <MetaFields
          meta={meta}
          tagsLine={tagsLine}
          onChange={(field, value) => updateMeta({ [field]: value })}
          onTagsChange={(line) => {
            setTagsLine(line);
            updateMeta({ tags: parseTags(line) });
          }}
        />
        <Editor
          initialBody={saved?.document.body ?? null}
          editorRef={editorRef}
          onChange={onBodyChange}
          onError={(error) => console.error(error)}
        />
      </main>
      <footer className="status-bar">
        <Counters counts={counts} wordsPerMinute={wordsPerMinute} />
      </footer>
    </div>
  );
}
