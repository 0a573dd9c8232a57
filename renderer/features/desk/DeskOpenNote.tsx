// What opening a story from the desk did with the site's newer version: brought it in
// (replacing or merging with the unsent work here, the copy before kept in History), or
// left the copy as it is because both changed the same paragraphs (the next send asks).
import type { SiteSyncResult } from '../../../electron/contract/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { isTranslationKey, type StringKey } from '../../i18n/index.ts';
import { DismissibleNote } from '../shell/DismissibleNote.tsx';

interface DeskOpenNoteProps {
  fromSite: SiteSyncResult;
  onDismiss: () => void;
}

export function DeskOpenNote({ fromSite, onDismiss }: DeskOpenNoteProps) {
  const { t } = useTranslation();
  if (fromSite.outcome === 'unchanged') return null;
  const key =
    fromSite.outcome === 'conflict'
      ? `conflict_${fromSite.conflict?.kind ?? 'edited'}`
      : fromSite.outcome;
  return (
    <DismissibleNote
      name="desk-opened"
      data-outcome={fromSite.outcome}
      dismiss="desk.answer.dismiss"
      onDismiss={onDismiss}
    >
      <p>
        {isTranslationKey(`desk.opened.${key}`)
          ? t(`desk.opened.${key}` as StringKey)
          : t('desk.opened.conflict_edited')}
      </p>
    </DismissibleNote>
  );
}
