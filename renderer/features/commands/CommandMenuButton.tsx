// Browser mode's stand-in for the desktop app's menu bar: one button in the header opening
// the same commands (File, Edit, View, Help) from the command table, as an ARIA menu —
// arrow keys, Home and End move, Enter runs, Escape closes and gives focus back. Only the
// commands something can run now are offered.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { COMMAND_LABELS, MENU_TITLES } from '../../../common/commands/command-labels.ts';
import { MENU_NAMES, menuGroups, type CommandId } from '../../../common/commands/command-table.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { runCommand } from '../../commands/command-registry.ts';
import { keysOf } from '../../commands/shortcut-platform.ts';
import { useHasCommand } from '../../commands/useCommandHandler.ts';

export function CommandMenuButton() {
  const { t, i18n } = useTranslation();
  const hasCommand = useHasCommand();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  /** Where the focus was before the menu opened: a command acts there (the editor's selection). */
  const returnTo = useRef<HTMLElement | null>(null);
  /** Which item takes the focus as the menu opens. */
  const [start, setStart] = useState<'first' | 'last'>('first');

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return undefined;
    const all = items();
    (start === 'first' ? all[0] : all.at(-1))?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, start]);

  const show = (from: 'first' | 'last') => {
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== button.current ? active : null;
    setStart(from);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (id: CommandId) => {
    setOpen(false);
    const target = returnTo.current;
    if (target?.isConnected) target.focus();
    else button.current?.focus();
    runCommand(id);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const moveTo = (next: number) => all[(next + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        moveTo(index + 1);
        break;
      case 'ArrowUp':
        moveTo(index - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(all.length - 1);
        break;
      case 'Escape':
        close();
        break;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const labels = COMMAND_LABELS[i18n.language];
  const titles = MENU_TITLES[i18n.language];
  return (
    <div className="command-menu">
      <button
        ref={button}
        type="button"
        className="quiet-button command-menu-button"
        data-testid="command-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          show(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        {t('commands.menuButton')}
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          className="command-menu-list"
          data-testid="command-menu"
          role="menu"
          aria-label={t('commands.menuButton')}
          onKeyDown={onMenuKeyDown}
        >
          {MENU_NAMES.flatMap((name) =>
            menuGroups(name, true).map((group, index) => {
              const available = group.filter((command) => hasCommand(command.id));
              if (available.length === 0) return null;
              const exporting = available[0]?.menu?.submenu === 'export';
              return (
                <div
                  key={`${name}-${index}`}
                  role="group"
                  aria-label={exporting ? titles.export : titles[name]}
                  className="command-menu-group"
                >
                  {available.map((command) => (
                    <button
                      key={command.id}
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      className="command-menu-item"
                      data-command={command.id}
                      onClick={() => choose(command.id)}
                    >
                      <span>
                        {command.menu?.submenu === 'export'
                          ? `${titles.export}: ${labels[command.id]}`
                          : labels[command.id]}
                      </span>
                      {keysOf(command.id) && <kbd dir="ltr">{keysOf(command.id)}</kbd>}
                    </button>
                  ))}
                </div>
              );
            }),
          )}
        </div>
      )}
    </div>
  );
}
