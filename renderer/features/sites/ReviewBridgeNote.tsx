// Whether a site carries the review with the story (the midad-bridge plugin) or keeps it on
// this machine: a plain note, not an error, since the text is published in full either way.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ReviewBridge } from '../../../electron/contract/index.ts';

interface ReviewBridgeNoteProps {
  bridge: ReviewBridge | null;
  /** The Sites screen says how to install the plugin; the publish panel only says it is missing. */
  withInstallHint?: boolean;
  testId: string;
}

export function ReviewBridgeNote({
  bridge,
  withInstallHint = false,
  testId,
}: ReviewBridgeNoteProps) {
  const { t } = useTranslation();
  return (
    <p
      className="review-bridge-note"
      data-testid={testId}
      data-review-bridge={bridge ? 'present' : 'absent'}
    >
      {bridge
        ? t('sites.reviewBridge.present', { version: bridge.version })
        : t('sites.reviewBridge.absent')}
      {!bridge && withInstallHint ? (
        <>
          {' '}
          <small className="review-bridge-install">{t('sites.reviewBridge.install')}</small>
        </>
      ) : null}
    </p>
  );
}
