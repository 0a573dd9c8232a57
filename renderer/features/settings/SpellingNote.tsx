// Settings → Spelling: the switch for misspellings' underlines, and who draws them on this
// machine, said plainly (common/arabic/spelling/spelling-plan.ts decides): the system's
// checker where it knows Arabic (macOS), Midad's own everywhere else, or nobody when off.
import { planSpelling } from '../../../common/arabic/spelling/spelling-plan.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useSpellChecking } from '../spelling/use-spell-checking.ts';
import { SettingSection, useSaveAtOnce } from './SettingSection.tsx';

export function SpellingNote() {
  const { t } = useTranslation();
  const { settings, save, failure } = useSaveAtOnce();
  const spellChecking = useSpellChecking();
  if (!spellChecking) return null;
  const enabled = settings.editor.spelling;
  const plan = planSpelling({ enabled, ...spellChecking });
  const who = !enabled ? 'off' : plan.own.length > 0 ? 'own' : 'system';
  return (
    <SettingSection
      titleId="spelling-title"
      title={t('settings.spelling.title')}
      failure={failure}
      data-testid="spelling-note"
      data-checker={spellChecking.checker}
      data-plan={who}
    >
      <label className="checkbox-field">
        <input
          type="checkbox"
          data-testid="setting-spelling"
          checked={enabled}
          onChange={(event) => save({ editor: { spelling: event.target.checked } })}
        />
        {t('settings.spelling.toggle')}
      </label>
      <p>
        {t(`settings.spelling.${who}`)}
        {who === 'system' && spellChecking.languages.length > 0 && (
          <>
            {' '}
            <bdi dir="ltr">{spellChecking.languages.join(', ')}</bdi>
          </>
        )}
      </p>
      <p className="field-hint">{t('settings.spelling.wordList')}</p>
    </SettingSection>
  );
}
