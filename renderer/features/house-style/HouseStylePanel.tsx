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
import { CountedList } from '../shell/CountedList.tsx';
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
      <CountedList
        count={findings && store ? findings.length : null}
        strings="houseStyle"
        loading="houseStyle.checking"
        testId="style"
      >
        {findings &&
          store &&
          [...byRule(findings)].map(([ruleId, items]) =>
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
      </CountedList>
      <SpellingList />
      <HouseStyleSettingsForm />
    </SidePanel>
  );
}
