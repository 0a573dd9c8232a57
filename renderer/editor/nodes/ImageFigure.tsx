// What an image node shows in the editor: the picture (click to select it; Backspace or
// Delete then removes it) and two small fields, alt text and caption, edited in place.
// The fields keep their own text while typing and write it to the node on each change.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { mediaUrl, useDraftId } from '../draft-context.ts';

export interface ImageFigureProps {
  nodeKey: NodeKey;
  hash: string;
  fileName: string;
  alt: string;
  caption: string;
  width?: number;
  height?: number;
  onEdit: (patch: { alt?: string; caption?: string }) => void;
}

/** A field's text as typed, following the node when it changes from elsewhere (undo). */
function useFieldText(fromNode: string): [string, (text: string) => void] {
  const [text, setText] = useState(fromNode);
  useEffect(() => setText(fromNode), [fromNode]);
  return [text, setText];
}

export function ImageFigure({
  nodeKey,
  hash,
  fileName,
  alt,
  caption,
  width,
  height,
  onEdit,
}: ImageFigureProps) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const draftId = useDraftId();
  const imageRef = useRef<HTMLImageElement>(null);
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const [altText, setAltText] = useFieldText(alt);
  const [captionText, setCaptionText] = useFieldText(caption);

  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          if (event.target !== imageRef.current) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, clearSelection, setSelected],
  );

  // Typing in a field must not reach a selected image: Backspace would delete it.
  const leaveImage = () => {
    if (isSelected) clearSelection();
  };

  return (
    <figure
      className={`article-image${isSelected ? ' selected' : ''}`}
      data-testid="article-image"
      data-hash={hash}
      dir="rtl"
    >
      <img
        ref={imageRef}
        src={draftId ? mediaUrl(draftId, hash) : undefined}
        alt={altText}
        title={fileName}
        width={width}
        height={height}
        draggable={false}
        data-testid="article-image-picture"
      />
      <label className="article-image-field">
        <span>{t('image.alt')}</span>
        <input
          type="text"
          dir="auto"
          lang="ar"
          value={altText}
          placeholder={t('image.altPlaceholder')}
          data-testid="image-alt"
          onFocus={leaveImage}
          onChange={(event) => {
            setAltText(event.target.value);
            onEdit({ alt: event.target.value });
          }}
        />
      </label>
      <label className="article-image-field">
        <span>{t('image.caption')}</span>
        <textarea
          dir="auto"
          lang="ar"
          rows={1}
          value={captionText}
          placeholder={t('image.captionPlaceholder')}
          data-testid="image-caption"
          onFocus={leaveImage}
          onChange={(event) => {
            // A caption is one plain line in WordPress's figcaption.
            const text = event.target.value.replace(/\s*\n\s*/g, ' ');
            setCaptionText(text);
            onEdit({ caption: text });
          }}
        />
      </label>
    </figure>
  );
}
