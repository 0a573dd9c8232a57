// Bare Lexical: React, LexicalComposer, RichTextPlugin and HistoryPlugin with the nodes
// the article needs, and nothing else. Every millisecond Midad adds is measured against it.
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import '../surface.css';
import { fetchArticle } from '../article-source.ts';

function ReadyPlugin() {
  const [editor] = useLexicalComposerContext();
  const marked = useRef(false);
  useEffect(() => {
    const markReady = () => {
      const root = editor.getRootElement();
      if (marked.current || !root || root.childElementCount === 0) return;
      marked.current = true;
      root.dataset.ready = 'true';
    };
    markReady();
    return editor.registerUpdateListener(markReady);
  }, [editor]);
  return null;
}

function BareEditor({ editorState }: { editorState: string }) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'bare-lexical',
        nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
        editorState,
        onError: (error) => {
          throw error;
        },
      }}
    >
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="surface"
            dir="rtl"
            lang="ar"
            data-testid="editor"
            data-ready="false"
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <ReadyPlugin />
    </LexicalComposer>
  );
}

const editorState = await fetchArticle('lexical.json');
createRoot(document.getElementById('root')!).render(<BareEditor editorState={editorState} />);
