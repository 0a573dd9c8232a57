// The formatting toolbar. Each toggle shows the state at the caret through aria-pressed;
// every button dispatches a named command, so the keyboard and the toolbar share one path.
// One tab stop: the arrow keys move between the buttons (useRovingFocus.ts).
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/extension';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  mergeRegister,
} from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import { withKeys } from '../../commands/shortcut-platform.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import {
  OPEN_IMAGE_PICKER_COMMAND,
  ADD_COMMENT_COMMAND,
  OPEN_FIND_COMMAND,
  OPEN_LINK_EDITOR_COMMAND,
  TOGGLE_BLOCK_DIRECTION_COMMAND,
  TOGGLE_BLOCK_TYPE_COMMAND,
  TOGGLE_LIST_COMMAND,
} from '../commands.ts';
import {
  $readSelectionState,
  EMPTY_SELECTION_STATE,
  sameSelectionState,
  type SelectionState,
} from '../selection-state.ts';
import { FindIcon, RedoIcon, RuleIcon, UndoIcon } from './toolbar-icons.tsx';
import { useRovingFocus } from '../ui/useRovingFocus.ts';

interface ToolbarButtonProps {
  id: string;
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
}

function ToolbarButton({ id, label, pressed, disabled, onPress, children }: ToolbarButtonProps) {
  // A text glyph ("H2", "ع٢") is part of the name, so who reads the button can say it (WCAG 2.5.3).
  const name = typeof children === 'string' && children !== label ? `${children} ${label}` : label;
  return (
    <button
      type="button"
      className={`toolbar-button toolbar-${id}`}
      data-testid={`toolbar-${id}`}
      aria-label={name}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the caret in the text: the button acts on the editor's selection.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

function useSelectionState(): SelectionState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(EMPTY_SELECTION_STATE);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read(() => $readSelectionState($getSelection()));
        setState((previous) => (sameSelectionState(previous, next) ? previous : next));
      }),
    [editor],
  );
  return state;
}

function useHistoryState(): { canUndo: boolean; canRedo: boolean } {
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (can) => {
            setCanUndo(can);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (can) => {
            setCanRedo(can);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return { canUndo, canRedo };
}

export interface ToolbarPluginProps {
  /** Buttons a feature adds at the toolbar's end (the suggesting-mode switch). */
  end?: ReactNode;
}

export function ToolbarPlugin({ end }: ToolbarPluginProps = {}) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const state = useSelectionState();
  const { canUndo, canRedo } = useHistoryState();
  const roving = useRovingFocus<HTMLDivElement>();

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      ref={roving.ref}
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <div className="toolbar-group">
        <ToolbarButton
          id="bold"
          label={withKeys(t('toolbar.bold'), 'format.bold')}
          pressed={state.bold}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        >
          <b>{t('toolbar.boldGlyph')}</b>
        </ToolbarButton>
        <ToolbarButton
          id="italic"
          label={withKeys(t('toolbar.italic'), 'format.italic')}
          pressed={state.italic}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
        >
          <i>{t('toolbar.italicGlyph')}</i>
        </ToolbarButton>
        <ToolbarButton
          id="underline"
          label={withKeys(t('toolbar.underline'), 'format.underline')}
          pressed={state.underline}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}
        >
          <u>{t('toolbar.underlineGlyph')}</u>
        </ToolbarButton>
        <ToolbarButton
          id="strikethrough"
          label={withKeys(t('toolbar.strikethrough'), 'format.strikethrough')}
          pressed={state.strikethrough}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough')}
        >
          <s>{t('toolbar.strikethroughGlyph')}</s>
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          id="h2"
          label={withKeys(t('toolbar.h2'), 'format.heading2')}
          pressed={state.blockType === 'h2'}
          onPress={() => editor.dispatchCommand(TOGGLE_BLOCK_TYPE_COMMAND, 'h2')}
        >
          {t('toolbar.h2Glyph')}
        </ToolbarButton>
        <ToolbarButton
          id="h3"
          label={withKeys(t('toolbar.h3'), 'format.heading3')}
          pressed={state.blockType === 'h3'}
          onPress={() => editor.dispatchCommand(TOGGLE_BLOCK_TYPE_COMMAND, 'h3')}
        >
          {t('toolbar.h3Glyph')}
        </ToolbarButton>
        <ToolbarButton
          id="quote"
          label={t('toolbar.quote')}
          pressed={state.blockType === 'quote'}
          onPress={() => editor.dispatchCommand(TOGGLE_BLOCK_TYPE_COMMAND, 'quote')}
        >
          «»
        </ToolbarButton>
        <ToolbarButton
          id="bullet"
          label={withKeys(t('toolbar.bullet'), 'format.bulletedList')}
          pressed={state.listType === 'bullet'}
          onPress={() => editor.dispatchCommand(TOGGLE_LIST_COMMAND, 'bullet')}
        >
          •
        </ToolbarButton>
        <ToolbarButton
          id="number"
          label={withKeys(t('toolbar.number'), 'format.numberedList')}
          pressed={state.listType === 'number'}
          onPress={() => editor.dispatchCommand(TOGGLE_LIST_COMMAND, 'number')}
        >
          {t('toolbar.numberGlyph')}
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          id="link"
          label={withKeys(t('toolbar.link'), 'format.link')}
          pressed={state.link}
          onPress={() => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined)}
        >
          {t('toolbar.linkGlyph')}
        </ToolbarButton>
        <ToolbarButton
          id="comment"
          label={withKeys(t('toolbar.comment'), 'edit.comment')}
          onPress={() => editor.dispatchCommand(ADD_COMMENT_COMMAND, undefined)}
        >
          {t('toolbar.commentGlyph')}
        </ToolbarButton>
        <ToolbarButton
          id="hr"
          label={t('toolbar.hr')}
          onPress={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}
        >
          <RuleIcon />
        </ToolbarButton>
        <ToolbarButton
          id="image"
          label={t('toolbar.image')}
          onPress={() => editor.dispatchCommand(OPEN_IMAGE_PICKER_COMMAND, undefined)}
        >
          {t('toolbar.image')}
        </ToolbarButton>
        <ToolbarButton
          id="direction"
          label={withKeys(t('toolbar.direction'), 'format.direction')}
          pressed={state.ltr}
          onPress={() => editor.dispatchCommand(TOGGLE_BLOCK_DIRECTION_COMMAND, undefined)}
        >
          {t('toolbar.directionGlyph')}
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          id="undo"
          label={withKeys(t('toolbar.undo'), 'edit.undo')}
          disabled={!canUndo}
          onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          <UndoIcon className="mirrored" />
        </ToolbarButton>
        <ToolbarButton
          id="redo"
          label={withKeys(t('toolbar.redo'), 'edit.redo')}
          disabled={!canRedo}
          onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          <RedoIcon className="mirrored" />
        </ToolbarButton>
        <ToolbarButton
          id="find"
          label={withKeys(t('find.open'), 'edit.replace')}
          onPress={() => editor.dispatchCommand(OPEN_FIND_COMMAND, 'replace')}
        >
          <FindIcon />
        </ToolbarButton>
      </div>
      {end && <div className="toolbar-group">{end}</div>}
    </div>
  );
}
