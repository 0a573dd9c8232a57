// Switches the interface between Arabic and English at run time and remembers the choice.
// The article itself stays Arabic and right-to-left either way.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Language } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { applyLanguage } from '../../i18n/index.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next: Language = i18n.language === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="language-switch"
      data-testid="language-switch"
      lang={next}
      aria-label={t('language.switchLabel')}
      onClick={() => {
        applyLanguage(next);
        // The interface has already switched; a failed write only means it is not remembered.
        midad.settings.set({ language: next }).catch(() => undefined);
      }}
    >
      {t('language.switchTo')}
    </button>
  );
}
