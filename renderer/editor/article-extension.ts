// The editor as one Lexical extension: nodes, theme, rich text, history, lists, links,
// tables and the horizontal rule, all registered while the editor is built, then the article. Being
// the initial state, the article is parsed and drawn once, in the same task as the first
// render: no frame with an empty editor, no transforms marking the whole document dirty.
import { HorizontalRuleExtension } from '@lexical/extension';
import { HistoryExtension } from '@lexical/history';
import { AutoLinkNode, LinkExtension } from '@lexical/link';
import { ListExtension } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingAnnounceExtension, RichTextExtension } from '@lexical/rich-text';
import { TableExtension } from '@lexical/table';
import {
  $createParagraphNode,
  $getRoot,
  configExtension,
  defineExtension,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
  type SerializedEditorState,
} from 'lexical';
import { $setArticleDirection } from './article-direction.ts';
import { isAllowedLinkUrl } from './link-url.ts';
import { ImageNode } from './nodes/ImageNode.tsx';
import { ProtectedBlockNode } from './nodes/ProtectedBlockNode.tsx';
import { SUGGESTION_NODES } from './nodes/SuggestionNodes.ts';
import { editorTheme } from './theme.ts';

/** What HistoryPlugin merged by default: keystrokes within a second are one undo step. */
const HISTORY_MERGE_DELAY_MS = 1_000;

function $startEmptyArticle(): void {
  $setArticleDirection();
  const root = $getRoot();
  if (root.isEmpty()) root.append($createParagraphNode());
}

/** Parsed straight into an editor state: no update, so no transform passes over 20,000 words. */
function loadArticle(editor: LexicalEditor, body: SerializedEditorState | null): void {
  // Merged into the history's start, so that undo never goes back to a blank page.
  const tagged = { tag: HISTORY_MERGE_TAG };
  if (body) editor.setEditorState(editor.parseEditorState(body, $setArticleDirection), tagged);
  else editor.update($startEmptyArticle, tagged);
}

export interface ArticleExtensionOptions {
  /** The saved Lexical state (the draft's body), or null for a new article. */
  body: SerializedEditorState | null;
  onError: (error: Error) => void;
}

export function createArticleExtension({ body, onError }: ArticleExtensionOptions) {
  return defineExtension({
    name: 'midad/article',
    namespace: 'midad-article',
    theme: editorTheme,
    // The rest (headings, quotes, lists, links, the rule) come with their extensions.
    // MarkNode anchors review comments; it never reaches the CMS (common/wordpress/inline-html.ts).
    nodes: [AutoLinkNode, ImageNode, ProtectedBlockNode, ...SUGGESTION_NODES, MarkNode],
    onError,
    dependencies: [
      RichTextExtension,
      // Lexical's announcements are English; Midad speaks Arabic or says nothing.
      configExtension(HeadingAnnounceExtension, { disabled: true }),
      configExtension(HistoryExtension, { delay: HISTORY_MERGE_DELAY_MS }),
      ListExtension,
      configExtension(LinkExtension, { validateUrl: isAllowedLinkUrl }),
      HorizontalRuleExtension,
      // Tables come from imported documents; WordPress's table block has no merged cells,
      // colours or nested tables, so neither has the article.
      configExtension(TableExtension, {
        hasCellMerge: false,
        hasCellBackgroundColor: false,
        hasNestedTables: false,
      }),
    ],
    // Not the `$initialEditorState` option: it takes JSON only as a string.
    $initialEditorState: null,
    afterRegistration(editor) {
      loadArticle(editor, body);
      return () => {};
    },
  });
}
