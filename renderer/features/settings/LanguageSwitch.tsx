// Switches the interface between Arabic and English at run time and remembers the choice.
// The article itself stays Arabic and right-to-left either way. The desktop app's native
// menus change their words at once but keep the direction they started in until the next
// start (electron/main/menu-locale.ts), and the switch says so beside itself.
import { menuDirectionAtNextStart } from '../../../common/settings/interface-direction.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Language } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { applyLanguage } from '../../i18n/index.ts';
import { useAppInfo } from '../../use-app-info.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const menusLanguage = useAppInfo()?.menusLanguage ?? null;
  const next: Language = i18n.language === 'ar' ? 'en' : 'ar';
  const menusAtNextStart = menuDirectionAtNextStart(menusLanguage, i18n.language);
  return (
    <>
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
      {menusAtNextStart && (
        <p
          className="menu-direction-note"
          role="status"
          data-testid="menu-direction-note"
          data-direction={menusAtNextStart}
          title={t('language.menusAtNextStart.hint')}
        >
          {t(`language.menusAtNextStart.${menusAtNextStart}`)}
        </p>
      )}
    </>
  );
}
