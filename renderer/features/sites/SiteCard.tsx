// One configured site: its address, who the user is there (name, WordPress roles, newsroom
// role), what they may do, whether the review travels with the story, when that was
// checked; check again, or remove it (asked twice).
import { useState } from 'react';
import { newsroomRole } from '../../../common/newsroom/roles.ts';
import { isTranslationKey, type StringKey } from '../../i18n/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Site } from '../../../electron/contract/index.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { ConfirmButton } from '../library/ConfirmButton.tsx';
import { useDateTime } from '../library/useDateTime.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { ReviewBridgeNote } from './ReviewBridgeNote.tsx';
import { siteRights } from './site-rights.ts';

interface SiteCardProps {
  site: Site;
  onCheck: (siteId: string) => Promise<void>;
  onRemove: (siteId: string) => Promise<void>;
}

const KNOWN_ROLES = new Set(['administrator', 'editor', 'author', 'contributor', 'subscriber']);

export function SiteCard({ site, onCheck, onRemove }: SiteCardProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const dateTime = useDateTime();
  const { settings } = useSettings();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const roles = site.account.roles.map((role) =>
    KNOWN_ROLES.has(role) && isTranslationKey(`sites.role.${role}`)
      ? t(`sites.role.${role}` as StringKey)
      : role,
  );
  const role = newsroomRole(site.capabilities, settings.newsroom.roleMapping);

  return (
    <li className="site" data-testid="site" data-site-id={site.id}>
      <h3 className="site-name">
        {site.name || site.url}{' '}
        <bdi className="site-url" dir="ltr">
          {site.url}
        </bdi>
      </h3>
      <p data-testid="site-account">
        {t('sites.signedInAs', { name: site.account.name, login: site.login })}
        {' · '}
        <span data-testid="site-roles">{roles.join(t('sites.listSeparator'))}</span>
      </p>
      <p data-testid="site-newsroom-role" data-role={role}>
        {t('sites.newsroomRole', { role: t(`newsroomRole.${role}`) })}
      </p>
      <ul className="site-rights" aria-label={t('sites.rightsLabel')} data-testid="site-rights">
        {siteRights(site.capabilities).map(({ right, granted }) => (
          <li
            key={right}
            data-right={right}
            data-granted={granted}
            className={granted ? 'right-granted' : 'right-denied'}
          >
            {granted ? t('sites.may') : t('sites.mayNot')} {t(`sites.right.${right}`)}
          </li>
        ))}
      </ul>
      <ReviewBridgeNote bridge={site.reviewBridge} withInstallHint testId="site-review-bridge" />
      <p className="site-checked">{t('sites.checkedAt', { time: dateTime(site.checkedAt) })}</p>
      <div className="site-actions">
        <button
          type="button"
          className="quiet-button"
          data-testid="site-check"
          disabled={busy}
          onClick={() => void run(() => onCheck(site.id))}
        >
          {busy ? t('sites.checking') : t('sites.check')}
        </button>
        <ConfirmButton
          label={t('sites.remove')}
          question={t('sites.removeQuestion')}
          testId="site-remove"
          onConfirm={() => void run(() => onRemove(site.id))}
        />
      </div>
      {error ? (
        <p className="notice" role="alert">
          {errorMessage(error)}
        </p>
      ) : null}
    </li>
  );
}
