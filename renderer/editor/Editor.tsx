// Midad's article body: a Lexical rich-text editor, right-to-left Arabic from the first
// keystroke, with the plugins a newsroom needs and nothing more.
import { HorizontalRuleNode } from '@lexical/extension';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, type EditorState, type LexicalEditor } from 'lexical';
import { useCallback, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_DIRECTION } from './article-direction.ts';
import { isAllowedLinkUrl } from './link-url.ts';
import { ARTICLE_MARKDOWN_SHORTCUTS } from './markdown.ts';
import { BlockDirectionPlugin } from './plugins/BlockDirectionPlugin.ts';
import { BlockTypePlugin } from './plugins/BlockTypePlugin.ts';
import { HorizontalRulePlugin } from './plugins/HorizontalRulePlugin.ts';
import { KeyboardShortcutsPlugin } from './plugins/KeyboardShortcutsPlugin.ts';
import { LinkEditorPlugin } from './plugins/LinkEditorPlugin.tsx';
import { LoadArticlePlugin } from './plugins/LoadArticlePlugin.ts';
import { ListTogglePlugin } from './plugins/ListTogglePlugin.ts';
import { ToolbarPlugin } from './plugins/ToolbarPlugin.tsx';
import { editorTheme } from './theme.ts';

const ARTICLE_NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, HorizontalRuleNode];

export interface EditorProps {
  /** A saved Lexical editor state (the document's `body`), or null for a new article. */
  initialBody: unknown;
  /** Receives the editor once it exists, for reading its state outside React. */
  editorRef: RefObject<LexicalEditor | null>;
  /** Called after each content change (not selection moves); keep it cheap. */
  onChange: (editorState: EditorState) => void;
  onError: (error: Error) => void;
}

function $startEmptyArticle(): void {
  const root = $getRoot();
  root.setDirection(ARTICLE_DIRECTION);
  if (root.isEmpty()) root.append($createParagraphNode());
}

export function Editor({ initialBody, editorRef, onChange, onError }: EditorProps) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const markReady = useCallback(() => setReady(true), []);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'midad-article',
      theme: editorTheme,
      nodes: ARTICLE_NODES,
      onError,
      // The saved article comes in through LoadArticlePlugin, after the plugins.
      editorState: $startEmptyArticle,
    }),
    // The composer reads its configuration once; a new article remounts the editor.
    [],
  );

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-shell">
        <ToolbarPlugin />
        <div className="editor-frame">
          <RichTextPlugin
            contentEditable={
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
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isAllowedLinkUrl} />
      <MarkdownShortcutPlugin transformers={ARTICLE_MARKDOWN_SHORTCUTS} />
      <HorizontalRulePlugin />
      <BlockTypePlugin />
      <ListTogglePlugin />
      <BlockDirectionPlugin />
      <KeyboardShortcutsPlugin />
      <LinkEditorPlugin />
      <EditorRefPlugin editorRef={editorRef} />
      <OnChangePlugin onChange={onChange} ignoreSelectionChange />
      {/* Last, so the article arrives after every plugin has registered; data-ready tells tests and the benchmark. */}
      <LoadArticlePlugin body={initialBody} onLoaded={markReady} />
    </LexicalComposer>
  );
}
