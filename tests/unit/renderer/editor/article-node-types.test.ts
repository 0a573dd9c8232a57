// The trust boundary's list of node types is the editor's: a node added to the editor and
// not to the schema would make every draft using it open read-only.
import { buildEditorFromExtensions } from '@lexical/extension';
import { describe, expect, it } from 'vitest';
import { ARTICLE_NODE_TYPES } from '../../../../common/document/article-document-check.ts';
import { createArticleExtension } from '../../../../renderer/editor/article-extension.ts';

describe('the node types the article schema knows', () => {
  it('are exactly those the editor registers', () => {
    const editor = buildEditorFromExtensions(
      createArticleExtension({
        body: null,
        onError: (error) => {
          throw error;
        },
      }),
    );
    // Lexical's own 'artificial' node lives only while HTML is being imported; no saved state holds it.
    const registered = [...editor._nodes.keys()].filter((type) => type !== 'artificial').sort();
    expect(registered).toEqual([...ARTICLE_NODE_TYPES].sort());
    editor.dispose();
  });
});
