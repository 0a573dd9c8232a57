// The style panel beside the article: the house-style findings grouped by rule, in the
// order the rules are listed, and the house options below them.
import { useTranslation } from '../../i18n/useTranslation.ts';
import { HOUSE_STYLE_RULE_IDS } from '../../../common/arabic/house-style/rules/index.ts';
import { useSettings } from '../settings/settings-context.tsx';
import '../../styles/house-style.css';
import { FindingGroup } from './FindingGroup.tsx';
import { HouseStyleSettingsForm } from './HouseStyleSettingsForm.tsx';
import {
  useHouseStyleFindings,
  useHouseStyleStore,
  type ArticleFinding,
} from './house-style-store.ts';
import { SidePanel } from '../shell/SidePanel.tsx';
import { SpellingList } from '../spelling/SpellingList.tsx';

export interface HouseStylePanelProps {
  onClose: () => void;
}

function byRule(findings: readonly ArticleFinding[]): Map<string, ArticleFinding[]> {
  const groups = new Map<string, ArticleFinding[]>(HOUSE_STYLE_RULE_IDS.map((id) => [id, []]));
  for (const item of findings) groups.get(item.finding.ruleId)?.push(item);
  return groups;
}

export default function HouseStylePanel({ onClose }: HouseStylePanelProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const store = useHouseStyleStore();
  const findings = useHouseStyleFindings();

  return (
    <SidePanel
      className="house-style"
      testId="style-panel"
      title={t('houseStyle.title')}
      closeLabel={t('houseStyle.close')}
      closeTestId="style-close"
      onClose={onClose}
    >
      {findings === null || !store ? (
        <p className="loading-panel">{t('houseStyle.checking')}</p>
      ) : findings.length === 0 ? (
        <p className="library-empty" data-testid="style-none">
          {t('houseStyle.none')}
        </p>
      ) : (
        <>
          <p className="style-total" data-testid="style-total">
            {t('houseStyle.count', { count: findings.length })}
          </p>
          {[...byRule(findings)].map(([ruleId, items]) =>
            items.length === 0 ? null : (
              <FindingGroup
                key={ruleId}
                ruleId={ruleId}
                items={items}
                options={settings.houseStyle}
                store={store}
              />
            ),
          )}
        </>
      )}
      <SpellingList />
      <HouseStyleSettingsForm />
    </SidePanel>
  );
}
