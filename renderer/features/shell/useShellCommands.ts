// The shell's part of the command table: saving, a new draft, the library and its imports,
// publishing and the panels, run from their keys (Ctrl+S, Ctrl+N…) and from the menus.
import type { CommandId } from '../../../common/commands/command-table.ts';
import { runWhenRegistered } from '../../commands/command-registry.ts';
import { useCommandHandler, useCommandHandlers } from '../../commands/useCommandHandler.ts';
import { useCommandKeys } from '../../commands/useCommandKeys.ts';
import type { View } from './AppHeader.tsx';
import type { SidePanelId } from './side-panels.ts';
import { useNightMode } from '../../appearance/useNightMode.ts';

type ShellPanel = SidePanelId;

interface ShellCommands {
  navigate: (view: View) => void;
  /** Opens the panel beside the article, or closes it if it is the one open. */
  togglePanel: (panel: ShellPanel) => void;
  /** Opens the panel beside the article (Publish… always opens it). */
  openPanel: (panel: ShellPanel) => void;
  /** Saves the open draft now; the header's indicator says when it is saved. */
  save: () => void;
  createDraft: () => void;
}

const PANEL_COMMANDS: readonly [CommandId, ShellPanel][] = [
  ['view.history', 'history'],
  ['view.preview', 'preview'],
  ['view.style', 'style'],
  ['view.suggestions', 'suggestions'],
  ['view.comments', 'comments'],
  ['view.publish', 'publish'],
];

export function useShellCommands(shell: ShellCommands): void {
  useCommandKeys();
  const { toggleNightMode } = useNightMode();
  useCommandHandler('view.toggleNightMode', () => void toggleNightMode());
  useCommandHandler('file.save', shell.save);
  useCommandHandler('file.new', shell.createDraft);
  useCommandHandler('file.openLibrary', () => shell.navigate('library'));
  // The imports are the library's buttons: from elsewhere, go there and let it run them.
  const importFromLibrary = (id: CommandId) => () => {
    runWhenRegistered(id);
    shell.navigate('library');
  };
  useCommandHandler('file.importMidad', importFromLibrary('file.importMidad'));
  useCommandHandler('file.importDocx', importFromLibrary('file.importDocx'));
  useCommandHandler('file.publish', () => {
    shell.navigate('article');
    shell.openPanel('publish');
  });
  useCommandHandlers(
    PANEL_COMMANDS.map(([id, panel]) => [
      id,
      () => {
        shell.navigate('article');
        shell.togglePanel(panel);
      },
    ]),
  );
}
