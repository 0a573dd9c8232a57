// The sheet of every keyboard shortcut (Ctrl+/, ⌘/ on a Mac, or Help ▸ Keyboard Shortcuts),
// made from the command table, so it shows the keys this platform and mode answer to. A
// modal dialog: Escape closes it and focus goes back where it was.
import { useEffect, useRef, useState } from 'react';
import { COMMAND_LABELS } from '../../../common/commands/command-labels.ts';
import { COMMANDS, type CommandSpec } from '../../../common/commands/command-table.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { IN_BROWSER, keysOf } from '../../commands/shortcut-platform.ts';
import { useCommandHandler } from '../../commands/useCommandHandler.ts';

const SECTIONS = ['file', 'edit', 'format', 'view', 'help'] as const;

function sectionOf(command: CommandSpec): string {
  return command.id.split('.')[0]!;
}

export function ShortcutsSheet() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useCommandHandler('help.shortcuts', () => setOpen((shown) => !shown));

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const labels = COMMAND_LABELS[i18n.language];
  const shown = COMMANDS.filter((command) => keysOf(command.id) !== '');
  return (
    <dialog
      ref={dialog}
      className="shortcuts-sheet"
      data-testid="shortcuts-sheet"
      aria-labelledby="shortcuts-sheet-title"
      // Escape and the close button both end here, so the state follows the dialog.
      onClose={() => setOpen(false)}
    >
      {open && (
        <>
          <div className="shortcuts-sheet-head">
            <h2 id="shortcuts-sheet-title">{t('commands.sheetTitle')}</h2>
            <button
              type="button"
              className="quiet-button"
              data-testid="shortcuts-sheet-close"
              onClick={() => setOpen(false)}
            >
              {t('commands.sheetClose')}
            </button>
          </div>
          <div className="shortcuts-sheet-sections">
            {SECTIONS.map((section) => (
              <section key={section} aria-labelledby={`shortcuts-${section}`}>
                <h3 id={`shortcuts-${section}`}>{t(`commands.sections.${section}`)}</h3>
                <dl>
                  {shown
                    .filter((command) => sectionOf(command) === section)
                    .map((command) => (
                      <div key={command.id} className="shortcut-row" data-command={command.id}>
                        <dt>{labels[command.id].replace(/…$/u, '')}</dt>
                        <dd>
                          <kbd dir="ltr">{keysOf(command.id)}</kbd>
                        </dd>
                      </div>
                    ))}
                </dl>
              </section>
            ))}
          </div>
          {IN_BROWSER && <p className="shortcuts-sheet-note">{t('commands.browserNote')}</p>}
        </>
      )}
    </dialog>
  );
}
