// The find and replace bar above the article: Ctrl+F finds, Ctrl+H also replaces (⌘F and
// ⌥⌘F on a Mac), Escape closes it and gives the article its focus back with the current match selected.
// Matching folds Arabic spelling variants unless "exact" is on (common/arabic/find-in-text.ts).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  KEY_ESCAPE_COMMAND,
} from 'lexical';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FindOptions } from '../../../common/arabic/find-in-text.ts';
import { formatInteger } from '../../i18n/format-integer.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/find.css';
import { OPEN_FIND_COMMAND } from '../commands.ts';
import {
  $caretOffset,
  $findInArticle,
  $scopeOfSelection,
  type ArticleMatch,
  type TextScope,
} from '../find/article-matches.ts';
import { domRange, FindHighlights } from '../find/find-highlights.ts';
import { $replaceMatch, $selectMatch, replaceAllMatches } from '../find/replace-matches.ts';
import { ChevronIcon, CloseIcon } from './toolbar-icons.tsx';

type BarMode = 'find' | 'replace';

const IS_APPLE = /Mac|iPhone|iPad/u.test(navigator.platform);
// A selection this short and without spaces is what to look for; a longer one is where to look.
const QUERY_FROM_SELECTION = /^[^\s]{1,60}$/u;

export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [mode, setMode] = useState<BarMode | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ exact: false, wholeWord: false });
  const [scope, setScope] = useState<TextScope | null>(null);
  const [inSelection, setInSelection] = useState(false);
  const [matches, setMatches] = useState<ArticleMatch[]>([]);
  const [currentIndex, setCurrentIndex] = useState(0);
  const [editable, setEditable] = useState(() => editor.isEditable());
  const queryInput = useRef<HTMLInputElement>(null);
  /** Where the caret was when the bar opened: a new search starts at the first match after it. */
  const caret = useRef<number | null>(null);
  const highlights = useRef<FindHighlights | null>(null);

  const activeScope = inSelection ? scope : null;
  const search = useCallback(
    () =>
      query === ''
        ? []
        : editor.getEditorState().read(() => $findInArticle(query, options, activeScope)),
    [editor, query, options, activeScope],
  );

  useEffect(() => editor.registerEditableListener(setEditable), [editor]);

  // A read-only article gets no key events through Lexical (nor the focus): Ctrl+F is taken
  // from the page instead, when nothing else that types has the focus.
  useEffect(() => {
    if (editable) return undefined;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const primary = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const elsewhere =
        target !== null && target !== document.body && !editor.getRootElement()?.contains(target);
      if (!primary || event.code !== 'KeyF' || event.shiftKey || elsewhere) return;
      event.preventDefault();
      editor.dispatchCommand(OPEN_FIND_COMMAND, 'find');
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [editor, editable]);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIND_COMMAND,
        (wanted) => {
          const { selected, selectionScope } = editor.getEditorState().read(() => {
            const selection = $getSelection();
            caret.current = $caretOffset(selection);
            return {
              selected: selection?.getTextContent() ?? '',
              selectionScope: $scopeOfSelection(selection),
            };
          });
          if (QUERY_FROM_SELECTION.test(selected)) setQuery(selected);
          else if (selectionScope) {
            setScope(selectionScope);
            setInSelection(true);
          }
          setMode(wanted);
          // The bar renders first when it was closed.
          requestAnimationFrame(() => {
            queryInput.current?.focus();
            queryInput.current?.select();
          });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  // Matches follow the query, the options and every change to the text while the bar is open.
  useEffect(() => {
    if (mode === null) return undefined;
    const found = search();
    setMatches(found);
    const from = caret.current ?? 0;
    setCurrentIndex(
      Math.max(
        0,
        found.findIndex((match) => match.from >= from),
      ),
    );
    return editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
      if (dirtyLeaves.size > 0 || dirtyElements.size > 0) setMatches(search());
    });
  }, [editor, mode, search]);

  useEffect(() => {
    if (mode === null) return undefined;
    const painter = (highlights.current ??= new FindHighlights());
    return () => painter.clear();
  }, [mode]);

  useEffect(() => () => highlights.current?.dispose(), []);

  const shownIndex = matches.length === 0 ? 0 : Math.min(currentIndex, matches.length - 1);
  useEffect(() => {
    highlights.current?.show(editor, matches, shownIndex);
  }, [editor, matches, shownIndex]);

  useEffect(() => {
    const current = matches[shownIndex];
    const range = current ? domRange(editor, current) : null;
    // A caption is an input field the highlights cannot paint into: its figure is shown instead.
    const element = current?.caption
      ? editor.getElementByKey(current.caption.key)
      : range?.startContainer.parentElement;
    if (element && typeof element.scrollIntoView === 'function')
      element.scrollIntoView({ block: 'nearest' });
  }, [editor, shownIndex, matches]);

  const step = (by: number) => {
    if (matches.length === 0) return;
    setCurrentIndex((shownIndex + by + matches.length) % matches.length);
  };

  /** From the bar, the article gets the focus back with the current match selected; from the article, the caret stays. */
  const close = (from: 'bar' | 'article') => {
    const current = matches[shownIndex];
    setMode(null);
    setMatches([]);
    if (from === 'article') return;
    editor.update(() => {
      if (current) $selectMatch(current);
    });
    editor.focus();
  };

  // Escape in the article closes the bar too, unless something nearer the caret (a popover) takes it first.
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    if (mode === null) return undefined;
    return editor.registerCommand(
      KEY_ESCAPE_COMMAND,
      (event) => {
        event.preventDefault();
        closeRef.current('article');
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
  }, [editor, mode]);

  const canReplace = editable && matches.length > 0;
  const replaceCurrent = () => {
    const current = matches[shownIndex];
    if (!canReplace || !current) return;
    editor.update(() => $replaceMatch(editor, current, replacement), { discrete: true });
    if (scope)
      setScope({
        from: scope.from,
        to: scope.to + replacement.length - (current.to - current.from),
      });
  };
  const replaceAll = () => {
    if (!canReplace) return;
    const grown = matches.reduce(
      (sum, match) => sum + replacement.length - (match.to - match.from),
      0,
    );
    replaceAllMatches(editor, matches, replacement);
    if (scope) setScope({ from: scope.from, to: scope.to + grown });
  };

  const onBarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const primary = IS_APPLE ? event.metaKey : event.ctrlKey;
    if (event.key === 'Escape') {
      event.preventDefault();
      close('bar');
    } else if (primary && (event.code === 'KeyF' || event.code === 'KeyH')) {
      event.preventDefault();
      setMode(event.code === 'KeyH' || (IS_APPLE && event.altKey) ? 'replace' : 'find');
      queryInput.current?.focus();
      queryInput.current?.select();
    }
  };

  if (mode === null) return null;
  const count =
    matches.length > 0
      ? t('find.count', {
          current: formatInteger(shownIndex + 1),
          total: formatInteger(matches.length),
        })
      : query === ''
        ? ''
        : t('find.none');

  return (
    <div
      className="find-bar"
      role="search"
      aria-label={t('find.label')}
      data-testid="find-bar"
      onKeyDown={onBarKeyDown}
    >
      <div className="find-row">
        <input
          ref={queryInput}
          className="find-input"
          type="search"
          dir="auto"
          aria-label={t('find.query')}
          placeholder={t('find.query')}
          data-testid="find-query"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }}
        />
        <span className="find-count" data-testid="find-count" aria-live="polite">
          {count}
        </span>
        <button
          type="button"
          className="toolbar-button"
          title={t('find.previous')}
          aria-label={t('find.previous')}
          data-testid="find-previous"
          onClick={() => step(-1)}
          disabled={matches.length === 0}
        >
          <ChevronIcon up />
        </button>
        <button
          type="button"
          className="toolbar-button"
          title={t('find.next')}
          aria-label={t('find.next')}
          data-testid="find-next"
          onClick={() => step(1)}
          disabled={matches.length === 0}
        >
          <ChevronIcon up={false} />
        </button>
        <label className="find-option" title={t('find.exactHint')}>
          <input
            type="checkbox"
            data-testid="find-exact"
            checked={options.exact}
            onChange={(event) => setOptions({ ...options, exact: event.target.checked })}
          />
          {t('find.exact')}
        </label>
        <label className="find-option">
          <input
            type="checkbox"
            data-testid="find-whole-word"
            checked={options.wholeWord}
            onChange={(event) => setOptions({ ...options, wholeWord: event.target.checked })}
          />
          {t('find.wholeWord')}
        </label>
        <label className="find-option">
          <input
            type="checkbox"
            data-testid="find-in-selection"
            checked={inSelection && scope !== null}
            disabled={scope === null}
            onChange={(event) => setInSelection(event.target.checked)}
          />
          {t('find.inSelection')}
        </label>
        <button
          type="button"
          className="toolbar-button"
          title={t('find.close')}
          aria-label={t('find.close')}
          data-testid="find-close"
          onClick={() => close('bar')}
        >
          <CloseIcon />
        </button>
      </div>
      {mode === 'replace' && editable && (
        <div className="find-row">
          <input
            className="find-input"
            type="text"
            dir="auto"
            aria-label={t('find.replacement')}
            placeholder={t('find.replacement')}
            data-testid="find-replacement"
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              replaceCurrent();
            }}
          />
          <button
            type="button"
            className="toolbar-button find-action"
            data-testid="find-replace"
            onClick={replaceCurrent}
            disabled={!canReplace}
          >
            {t('find.replace')}
          </button>
          <button
            type="button"
            className="toolbar-button find-action"
            data-testid="find-replace-all"
            onClick={replaceAll}
            disabled={!canReplace}
          >
            {t('find.replaceAll')}
          </button>
        </div>
      )}
    </div>
  );
}
