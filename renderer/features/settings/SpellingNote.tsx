// Who checks spelling in the text on this machine, said plainly: the system's checker
// (macOS, Windows with its languages), nobody (the desktop app on Linux), or the browser.
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

export function SpellingNote() {
  const { t } = useTranslation();
  // A failed read shows nothing: the note is advice, not a control.
  const spelling = useHostQuery(() => midad.app.getInfo(), []).data?.spellChecking;
  if (!spelling) return null;
  return (
    <section
      className="settings-form"
      aria-labelledby="spelling-title"
      data-testid="spelling-note"
      data-checker={spelling.checker}
    >
      <h3 id="spelling-title">{t('settings.spelling.title')}</h3>
      <p>
        {t(`settings.spelling.${spelling.checker}`)}
        {spelling.languages.length > 0 && (
          <>
            {' '}
            <bdi dir="ltr">{spelling.languages.join(', ')}</bdi>
          </>
        )}
      </p>
      <p className="field-hint">{t('settings.spelling.wordList')}</p>
    </section>
  );
}
