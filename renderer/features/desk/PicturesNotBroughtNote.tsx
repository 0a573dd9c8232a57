// The pictures of a story from the site whose files could not be brought to this machine,
// each by name with why: their frames stay empty in the text, which is otherwise whole.
import type { PictureNotBrought } from '../../../electron/contract/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

interface PicturesNotBroughtNoteProps {
  pictures: readonly PictureNotBrought[];
  onDismiss: () => void;
}

export function PicturesNotBroughtNote({ pictures, onDismiss }: PicturesNotBroughtNoteProps) {
  const { t } = useTranslation();
  if (pictures.length === 0) return null;
  return (
    <section
      className="notice pictures-not-brought"
      data-testid="pictures-not-brought"
      aria-live="polite"
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
      <button type="button" className="quiet-button" onClick={onDismiss}>
        {t('desk.answer.dismiss')}
      </button>
    </section>
  );
}
