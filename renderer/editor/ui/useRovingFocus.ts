// One tab stop for a row of buttons (the WAI-ARIA toolbar pattern): Tab enters the row at
// the button last used, the arrow keys move along it in the order the eye reads it (in a
// right-to-left page ArrowLeft goes on to the next button), Home and End go to its ends.
// Buttons added later (a feature's own, at the end) and buttons that become disabled are
// followed with a MutationObserver, so the row needs no list of its members.
import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const MEMBERS = 'button:not(:disabled)';

export interface RovingFocus<T extends HTMLElement> {
  ref: RefObject<T | null>;
  onKeyDown: (event: KeyboardEvent<T>) => void;
  onFocus: (event: FocusEvent<T>) => void;
}

export function useRovingFocus<T extends HTMLElement>(): RovingFocus<T> {
  const ref = useRef<T>(null);
  /** The button that holds the row's tab stop. */
  const current = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const row = ref.current;
    if (!row) return;
    const settle = () => {
      const members = [...row.querySelectorAll<HTMLElement>(MEMBERS)];
      if (!current.current || !members.includes(current.current))
        current.current = members[0] ?? null;
      for (const member of row.querySelectorAll<HTMLElement>('button')) {
        const tabIndex = member === current.current ? '0' : '-1';
        if (member.getAttribute('tabindex') !== tabIndex) member.setAttribute('tabindex', tabIndex);
      }
    };
    settle();
    const observer = new MutationObserver(settle);
    observer.observe(row, { subtree: true, childList: true, attributeFilter: ['disabled'] });
    return () => observer.disconnect();
  }, []);

  const moveTo = (target: HTMLElement | undefined) => {
    if (!target || !ref.current) return;
    current.current = target;
    for (const member of ref.current.querySelectorAll<HTMLElement>('button'))
      member.setAttribute('tabindex', member === target ? '0' : '-1');
    target.focus();
  };

  const onKeyDown = (event: KeyboardEvent<T>) => {
    const row = ref.current;
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const members = [...row.querySelectorAll<HTMLElement>(MEMBERS)];
    const at = members.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const rtl = getComputedStyle(row).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let target: HTMLElement | undefined;
    if (step !== undefined) target = members[(at + step + members.length) % members.length];
    else if (event.key === 'Home') target = members[0];
    else if (event.key === 'End') target = members.at(-1);
    else return;
    event.preventDefault();
    moveTo(target);
  };

  // A click or a programmatic focus moves the tab stop too.
  const onFocus = (event: FocusEvent<T>) => {
    const target = event.target;
    if (target instanceof HTMLElement && target.matches(MEMBERS) && current.current !== target)
      moveTo(target);
  };

  return { ref, onKeyDown, onFocus };
}
