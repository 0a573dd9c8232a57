// Images into the article: from the file picker (toolbar), pasted, or dropped onto the text.
// Each file is handed to the host, which keeps it with the draft (by content hash) after
// checking it really is an image; then it is inserted where the caret or the drop was.
// While a file is on its way a line says so; a refused file gets its reason, and nothing
// is inserted.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { HostCallError, midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { INSERT_IMAGE_COMMAND, OPEN_IMAGE_PICKER_COMMAND } from '../commands.ts';
import { useDraftId } from '../draft-context.ts';
import { $createImageNode } from '../nodes/ImageNode.tsx';
import { readFileAsBase64 } from '../../read-file-base64.ts';
import { MAX_MEDIA_BYTES } from '../../../common/document/file-size-limits.ts';

const ACCEPTED_TYPES = 'image/jpeg,image/png,image/gif,image/webp';

export function ImagesPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const draftId = useDraftId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [adding, setAdding] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      if (!draftId) return;
      setFailure(null);
      for (const file of files) {
        setAdding((count) => count + 1);
        try {
          if (file.size > MAX_MEDIA_BYTES) throw new HostCallError('media.too_large');
          const dataBase64 = await readFileAsBase64(file);
          const info = await midad.drafts.addMedia(draftId, {
            fileName: file.name,
            mimeType: file.type,
            dataBase64,
          });
          editor.dispatchCommand(INSERT_IMAGE_COMMAND, info);
        } catch (error) {
          setFailure(error);
        } finally {
          setAdding((count) => count - 1);
        }
      }
    },
    [draftId, editor],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_IMAGE_COMMAND,
          (payload) => {
            const image = $createImageNode(payload);
            $insertNodeToNearestRoot(image);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          OPEN_IMAGE_PICKER_COMMAND,
          () => {
            inputRef.current?.click();
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        // Rich text turns a paste or a drop of files into this, the caret already at the drop point.
        editor.registerCommand(
          DRAG_DROP_PASTE,
          (files) => {
            const images = files.filter((file) => file.type.startsWith('image/'));
            if (images.length === 0) return false;
            void addFiles(images);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, addFiles],
  );

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept={ACCEPTED_TYPES}
        multiple
        hidden
        data-testid="image-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void addFiles(files);
        }}
      />
      {adding > 0 && (
        <p className="image-status" role="status" data-testid="image-adding">
          {t('image.adding')}
        </p>
      )}
      {failure !== null && (
        <p className="image-status notice" role="alert" data-testid="image-error">
          {errorMessage(failure)}{' '}
          <button type="button" className="link-button" onClick={() => setFailure(null)}>
            {t('image.dismiss')}
          </button>
        </p>
      )}
    </>
  );
}
