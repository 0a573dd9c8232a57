// Links, edited in a small popover (never window.prompt): OPEN_LINK_EDITOR_COMMAND opens
// it for the selection; saving links the selected text, or inserts the address as a
// link at a bare caret. The popover's code loads on first use, not at first paint.
import { $createLinkNode, $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { OPEN_LINK_EDITOR_COMMAND } from '../commands.ts';
import { $linkOf } from '../selection-state.ts';
import type { PopoverPosition } from '../ui/LinkPopover.tsx';

const LinkPopover = lazy(() => import('../ui/LinkPopover.tsx'));

interface LinkEditRequest {
  selection: RangeSelection;
  url: string;
  hasLink: boolean;
  position: PopoverPosition;
}

/** Just under the selection (or, if there is no room there, just over it), measured from the inline start of the page. */
function positionBelowSelection(editor: LexicalEditor): PopoverPosition {
  const domSelection = window.getSelection();
  const range = domSelection && domSelection.rangeCount > 0 ? domSelection.getRangeAt(0) : null;
  let rect = range?.getBoundingClientRect();
  if (!rect || (rect.width === 0 && rect.height === 0))
    rect = editor.getRootElement()?.getBoundingClientRect();
  if (!rect) return { blockStart: 120, blockEndAbove: 112, inlineStart: 120 };
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  return {
    blockStart: rect.bottom + 8,
    blockEndAbove: rect.top - 8,
    inlineStart: Math.max(8, rtl ? window.innerWidth - rect.right : rect.left),
  };
}

function $applyLink(request: LinkEditRequest, url: string | null): void {
  $setSelection(request.selection.clone());
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const existing = $linkOf(selection.anchor.getNode());
  if (url === null) {
    $toggleLink(null);
  } else if (selection.isCollapsed() && existing) {
    existing.setURL(url);
  } else if (selection.isCollapsed()) {
    const link = $createLinkNode(url).append($createTextNode(url.replace(/^mailto:/u, '')));
    selection.insertNodes([link]);
  } else {
    $toggleLink(url);
  }
}

export function LinkEditorPlugin() {
  const [editor] = useLexicalComposerContext();
  const [request, setRequest] = useState<LinkEditRequest | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_EDITOR_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const link = $linkOf(selection.anchor.getNode()) ?? $linkOf(selection.focus.getNode());
          setRequest({
            selection: selection.clone(),
            url: link?.getURL() ?? '',
            hasLink: link !== null,
            position: positionBelowSelection(editor),
          });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  const close = useCallback(() => {
    setRequest(null);
    editor.focus();
  }, [editor]);

  const apply = useCallback(
    (url: string | null) => {
      if (request) editor.update(() => $applyLink(request, url));
      close();
    },
    [editor, request, close],
  );

  if (!request) return null;
  return (
    <Suspense fallback={null}>
      <LinkPopover
        initialUrl={request.url}
        hasLink={request.hasLink}
        position={request.position}
        onSave={apply}
        onRemove={() => apply(null)}
        onClose={close}
      />
    </Suspense>
  );
}
