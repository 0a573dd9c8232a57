// The pictures of a story from the site whose files could not be brought to this machine,
// each by name with why: their frames stay empty in the text, which is otherwise whole.
import type { PictureNotBrought } from '../../../electron/contract/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { DismissibleNote } from '../shell/DismissibleNote.tsx';

interface PicturesNotBroughtNoteProps {
  pictures: readonly PictureNotBrought[];
  onDismiss: () => void;
}

export function PicturesNotBroughtNote({ pictures, onDismiss }: PicturesNotBroughtNoteProps) {
  const { t } = useTranslation();
  if (pictures.length === 0) return null;
  return (
    <DismissibleNote
      name="pictures-not-brought"
      dismiss="desk.answer.dismiss"
      onDismiss={onDismiss}
    >
      <p>{t('desk.picturesNotBrought.title')}</p>
      <ul>
        {pictures.map((picture, index) => (
          <li
            key={picture.hash ?? `attachment-${index}`}
            data-testid="picture-not-brought"
            data-reason={picture.reason}
          >
            <bdi>{picture.fileName || t('desk.picturesNotBrought.unnamed')}</bdi>
            {': '}
            {t(`desk.picturesNotBrought.${picture.reason}`)}
          </li>
        ))}
      </ul>
    </DismissibleNote>
  );
}
