// How many house-style findings the open article has, on the panel's toggle button.
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useHouseStyleFindings } from './house-style-store.ts';

export function HouseStyleBadge() {
  const { t, i18n } = useTranslation();
  const findings = useHouseStyleFindings();
  if (!findings || findings.length === 0) return null;
  return (
    <span
      className="style-badge"
      data-testid="style-badge"
      aria-label={t('houseStyle.badge', { count: findings.length })}
    >
      {findings.length.toLocaleString(i18n.locale)}
    </span>
  );
}
