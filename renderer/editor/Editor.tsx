// Midad's article body: a Lexical rich-text editor, right-to-left Arabic from the first
// keystroke, with the plugins a newsroom needs and nothing more.
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EditorState, LexicalEditor, SerializedEditorState } from 'lexical';
import { useLayoutEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { createArticleExtension } from './article-extension.ts';
import { BlockDirectionPlugin } from './plugins/BlockDirectionPlugin.ts';
import { BlockTypePlugin } from './plugins/BlockTypePlugin.ts';
import { FindReplacePlugin } from './plugins/FindReplacePlugin.tsx';
import { ImagesPlugin } from './plugins/ImagesPlugin.tsx';
import { KeyboardShortcutsPlugin } from './plugins/KeyboardShortcutsPlugin.ts';
import { LinkEditorPlugin } from './plugins/LinkEditorPlugin.tsx';
import { MarkdownShortcutsPlugin } from './plugins/MarkdownShortcutsPlugin.ts';
import { ListTogglePlugin } from './plugins/ListTogglePlugin.ts';
import { PastePlugin } from './plugins/PastePlugin.ts';
import { ReadOnlyPlugin } from './plugins/ReadOnlyPlugin.ts';
import { ToolbarPlugin } from './plugins/ToolbarPlugin.tsx';

export interface EditorProps {
  /** A saved Lexical editor state (the document's `body`), or null for a new article. */
  initialBody: unknown;
  /** Receives the editor once it exists, for reading its state outside React. */
  editorRef: RefObject<LexicalEditor | null>;
  /** Called after each content change (not selection moves); keep it cheap. */
  onChange: (editorState: EditorState) => void;
  onError: (error: Error) => void;
  /** Plugins a feature adds from outside the editor layer (the house-style checker). */
  children?: ReactNode;
  /** The text can be read and copied but not changed (a story with the desk). */
  readOnly?: boolean;
  /** Controls a feature adds at the end of the toolbar (the suggesting-mode switch). */
  toolbarEnd?: ReactNode;
}

/**
 * The editable area. data-ready turns true once the editor has its root element, which it
 * fills with the article in the same call; tests and the benchmark wait for it.
 */
function ArticleEditable() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => editor.registerRootListener((root) => setReady(root !== null)), [editor]);
  return (
    <ContentEditable
      className="editor-content"
      data-testid="editor"
      data-ready={ready ? 'true' : 'false'}
      lang="ar"
      spellCheck
      aria-label={t('editor.label')}
      aria-placeholder={t('editor.placeholder')}
      placeholder={<div className="editor-placeholder">{t('editor.placeholder')}</div>}
    />
  );
}

export function Editor({
  initialBody,
  editorRef,
  onChange,
  onError,
  children,
  readOnly = false,
  toolbarEnd,
}: EditorProps) {
  const extension = useMemo(
    () => createArticleExtension({ body: initialBody as SerializedEditorState | null, onError }),
    // The editor is built once; a new article remounts it (the shell keys it by draft).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <LexicalExtensionComposer extension={extension} contentEditable={null}>
      <div className="editor-shell">
        {/* A disabled fieldset disables every toolbar button at once. */}
        <fieldset className="toolbar-fieldset" disabled={readOnly}>
          <ToolbarPlugin end={toolbarEnd} />
        </fieldset>
        <FindReplacePlugin />
        <div className="editor-frame">
          <ArticleEditable />
        </div>
      </div>
      <MarkdownShortcutsPlugin />
      <BlockTypePlugin />
      <ListTogglePlugin />
      <BlockDirectionPlugin />
      <KeyboardShortcutsPlugin />
      <LinkEditorPlugin />
      <ImagesPlugin />
      <PastePlugin />
      <ReadOnlyPlugin readOnly={readOnly} />
      <EditorRefPlugin editorRef={editorRef} />
      <OnChangePlugin onChange={onChange} ignoreSelectionChange />
      {children}
    </LexicalExtensionComposer>
  );
}
