// The few Markdown shortcuts a newsroom types: "## " and "### " for subheadings (an
// article's H1 is its headline), "- " and "1. " for lists, "> " for a quote. Loaded by
// MarkdownShortcutsPlugin after the article shows, not before.
import {
  HEADING,
  ORDERED_LIST,
  QUOTE,
  registerMarkdownShortcuts,
  UNORDERED_LIST,
  type ElementTransformer,
} from '@lexical/markdown';
import type { LexicalEditor } from 'lexical';

const SUBHEADING: ElementTransformer = { ...HEADING, regExp: /^(#{2,3})\s/ };

const ARTICLE_MARKDOWN_SHORTCUTS: ElementTransformer[] = [
  SUBHEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
];

/** Turns the shortcuts on; returns the function that turns them off. */
export function registerArticleMarkdownShortcuts(editor: LexicalEditor): () => void {
  return registerMarkdownShortcuts(editor, ARTICLE_MARKDOWN_SHORTCUTS);
}
