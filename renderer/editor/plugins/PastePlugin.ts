// Paste from Word, Google Docs, LibreOffice, a web page or plain text: the HTML is read in
// a detached document (nothing in it runs or loads), rebuilt by clean-html.ts, and only
// then made into nodes. Pasted data: images are stored with the draft first; a link from
// any other path (Lexical's own clipboard JSON) that is not http(s) or mailto loses its link.
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $unwrapNode, mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $getRoot,
  $getSelection,
  COMMAND_PRIORITY_LOW,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { midad } from '../../bridge.ts';
import { cleanHtml, plainTextDocument, type CleanedHtml } from '../clean-html.ts';
import { useDraftId } from '../draft-context.ts';
import { isAllowedLinkUrl } from '../link-url.ts';

const LEXICAL_MIME = 'application/x-lexical-editor';

/** A copy from this editor itself: Lexical's JSON keeps more than HTML could, and holds no HTML to clean. */
function isOwnCopy(data: DataTransfer, editor: LexicalEditor): boolean {
  try {
    return (
      (JSON.parse(data.getData(LEXICAL_MIME) || 'null') as { namespace?: unknown } | null)
        ?.namespace === editor._config.namespace
    );
  } catch {
    return false;
  }
}

function insertCleaned(editor: LexicalEditor, cleaned: Document): void {
  $addUpdateTag(PASTE_TAG);
  const nodes = $generateNodesFromDOM(editor, cleaned);
  const selection = $getSelection() ?? $getRoot().selectEnd();
  $insertGeneratedNodes(editor, nodes, selection);
}

/** Each data: image goes to the draft's media; one the host refuses (not an image, too large) is left out. */
async function storeImages(
  draftId: string | null,
  { document, images }: CleanedHtml,
): Promise<void> {
  for (const image of images) {
    const element = document.querySelector(`img[data-midad-pending="${image.id}"]`);
    element?.removeAttribute('data-midad-pending');
    try {
      if (!draftId) throw new Error('no draft');
      const info = await midad.drafts.addMedia(draftId, {
        fileName: 'image',
        mimeType: image.mimeType,
        dataBase64: image.dataBase64,
      });
      element?.setAttribute('data-midad-hash', info.hash);
      element?.setAttribute('data-file-name', info.fileName);
      if (info.width && info.height) {
        element?.setAttribute('width', String(info.width));
        element?.setAttribute('height', String(info.height));
      }
    } catch {
      element?.remove();
    }
  }
}

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const draftId = useDraftId();

  useEffect(() => {
    const unlinkUnsafe = (node: LinkNode) => {
      if (!isAllowedLinkUrl(node.getURL())) $unwrapNode(node);
    };
    return mergeRegister(
      editor.registerNodeTransform(LinkNode, unlinkUnsafe),
      editor.registerNodeTransform(AutoLinkNode, unlinkUnsafe),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data || isOwnCopy(data, editor)) return false;
          const html = data.getData('text/html');
          const text = data.getData('text/plain');
          if (!html && !text) return false; // Files only: ImagesPlugin takes them.
          const source = html
            ? new DOMParser().parseFromString(html, 'text/html')
            : plainTextDocument(text, document);
          const hasFiles = [...data.files].some((file) => file.type.startsWith('image/'));
          // A picture copied from a browser comes as the file and an <img> of a remote address: the file wins.
          if (hasFiles && !source.body?.textContent?.trim()) return false;
          event.preventDefault();
          const cleaned = cleanHtml(source);
          if (cleaned.images.length === 0) {
            insertCleaned(editor, cleaned.document);
          } else {
            void storeImages(draftId, cleaned).then(() =>
              editor.update(() => insertCleaned(editor, cleaned.document)),
            );
          }
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, draftId]);

  return null;
}
