// What a protected block shows in the editor: a read-only card naming the kind of block
// ("Gallery — kept as on the site") and a short preview. Click selects it, so Backspace
// or Delete removes it and drag or cut-and-paste moves it; nothing inside can be edited,
// because the block goes back to WordPress as its exact bytes.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical';
import { useEffect, useRef } from 'react';
import { imageBlockAttachmentId } from '../../../common/wordpress/image-block.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { isTranslationKey } from '../../i18n/index.ts';
import { mediaUrl, useDraftId, useSitePictureHash } from '../draft-context.ts';
import { protectedBlockKindKey, protectedBlockPreview } from './protected-block-card.ts';

export interface ProtectedBlockCardProps {
  nodeKey: NodeKey;
  blockName: string;
  source: string;
}

export function ProtectedBlockCard({ nodeKey, blockName, source }: ProtectedBlockCardProps) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const card = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event: MouseEvent) => {
          if (!card.current?.contains(event.target as Node)) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, setSelected, clearSelection],
  );

  const kindKey = protectedBlockKindKey(blockName);
  const kind = t(isTranslationKey(kindKey) ? kindKey : 'protectedBlock.kinds.other');
  const preview = protectedBlockPreview(source);
  // An image block from the site shows its picture once the file was brought here.
  const draftId = useDraftId();
  const pictureHash = useSitePictureHash(
    blockName === 'core/image' ? imageBlockAttachmentId(source) : null,
  );
  return (
    <div
      ref={card}
      className={isSelected ? 'protected-block protected-block--selected' : 'protected-block'}
      role="group"
      aria-label={t('protectedBlock.label', { kind })}
      data-block-name={blockName}
    >
      <div className="protected-block__title">{t('protectedBlock.label', { kind })}</div>
      {draftId && pictureHash && (
        <img
          className="protected-block__picture"
          src={mediaUrl(draftId, pictureHash)}
          alt=""
          draggable={false}
          data-testid="protected-block-picture"
        />
      )}
      {preview === '' ? null : (
        <div className="protected-block__preview" dir="auto">
          {preview}
        </div>
      )}
    </div>
  );
}
