// Settings → Spelling: the switch for misspellings' underlines, and who draws them on this
// machine, said plainly (common/arabic/spelling/spelling-plan.ts decides): the system's
// checker where it knows Arabic (macOS), Midad's own everywhere else, or nobody when off.
import { useState } from 'react';
import { planSpelling } from '../../../common/arabic/spelling/spelling-plan.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useSpellChecking } from '../spelling/use-spell-checking.ts';
import { useSettings } from './settings-context.tsx';

export function SpellingNote() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { settings, updateSettings } = useSettings();
  const [failure, setFailure] = useState<unknown>(null);
  const spellChecking = useSpellChecking();
  if (!spellChecking) return null;
  const enabled = settings.editor.spelling;
  const plan = planSpelling({ enabled, ...spellChecking });
  const who = !enabled ? 'off' : plan.own.length > 0 ? 'own' : 'system';
  return (
    <section
      className="settings-form"
      aria-labelledby="spelling-title"
      data-testid="spelling-note"
      data-checker={spellChecking.checker}
      data-plan={who}
    >
      <h3 id="spelling-title">{t('settings.spelling.title')}</h3>
      <label className="checkbox-field">
        <input
          type="checkbox"
          data-testid="setting-spelling"
          checked={enabled}
          onChange={(event) => {
            setFailure(null);
            updateSettings({ editor: { spelling: event.target.checked } }).catch(setFailure);
          }}
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
      {failure !== null && (
        <p className="notice" role="alert">
          {errorMessage(failure)}
        </p>
      )}
    </section>
  );
}
