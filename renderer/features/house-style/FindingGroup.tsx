// One rule's findings in the style panel: its name and why, "fix all", and each finding
// with its text in context, a click that selects it in the article, and its own fix.
import { formatInteger } from '../../i18n/format-integer.ts';
import { isTranslationKey } from '../../i18n/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { ruleName } from './rule-name.ts';
import type { HouseStyleOptions } from '../../../common/arabic/house-style/options.ts';
import type { ArticleFinding, HouseStyleStore } from './house-style-store.ts';

// A long article can have hundreds of one kind: the list shows the first ones, "fix all" fixes all.
const SHOWN = 50;

interface FindingGroupProps {
  ruleId: string;
  items: readonly ArticleFinding[];
  options: HouseStyleOptions;
  store: HouseStyleStore;
}

export function FindingGroup({ ruleId, items, options, store }: FindingGroupProps) {
  const { t, i18n } = useTranslation();
  const fixable = items.filter((item) => item.finding.fix !== null).length;
  return (
    <section className="style-group" data-testid="style-group" data-rule={ruleId}>
      <div className="style-group-head">
        <h3>
          {ruleName(t, ruleId)}{' '}
          <span className="style-group-count">{formatInteger(items.length, i18n.digits)}</span>
        </h3>
        {fixable > 1 && (
          <button
            type="button"
            className="quiet-button"
            data-testid="style-fix-all"
            onClick={() => store.fixAll(ruleId)}
          >
            {t('houseStyle.fixAll', { count: fixable })}
          </button>
        )}
      </div>
      <p className="style-group-why">
        {isTranslationKey(items[0]!.finding.messageKey)
          ? t(items[0]!.finding.messageKey, { max: options.maxSentenceWords })
          : ''}
      </p>
      <ul className="style-findings">
        {items.slice(0, SHOWN).map((item) => (
          <li
            key={item.id}
            className="style-finding"
            data-testid="style-finding"
            data-rule={ruleId}
          >
            <button
              type="button"
              className="style-finding-text"
              title={t('houseStyle.show')}
              onClick={() => store.reveal(item)}
            >
              <bdi>
                {item.before}
                <mark>{item.flagged}</mark>
                {item.after}
              </bdi>
            </button>
            {item.finding.fix === null ? (
              <span className="style-no-fix">{t('houseStyle.noFix')}</span>
            ) : (
              <button
                type="button"
                className="quiet-button"
                data-testid="style-fix"
                title={
                  item.finding.fix === ''
                    ? t('houseStyle.removes')
                    : t('houseStyle.becomes', { text: item.finding.fix })
                }
                onClick={() => store.fix(item)}
              >
                {t('houseStyle.fix')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <p className="style-more">{t('houseStyle.more', { count: items.length - SHOWN })}</p>
      )}
    </section>
  );
}
