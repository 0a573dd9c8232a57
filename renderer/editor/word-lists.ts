// Word puts lists on the clipboard as paragraphs (class MsoListParagraph…, style
// "mso-list:l0 level2 lfo1") with the bullet or number typed into the text: this reads
// which list, which level and which kind a paragraph is, for clean-html.ts to nest them.

export interface WordListMarker {
  /** Word's list id (l0, l1…): a new id starts a new list. */
  listId: string;
  /** 1 for the outermost level. */
  level: number;
  ordered: boolean;
}

export interface WordListItem extends WordListMarker {
  element: Element;
}

const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;
/** 1. 1) a. iv. ١. — anything else Word draws (·, o, §, –) is a bullet. */
const NUMBERED = /^\(?(?:[0-9\u0660-\u0669\u06f0-\u06f9]+|[a-z]|[ivxlcdm]+|[\u0621-\u064a])[.)-]/i;

export function wordListMarker(element: Element): WordListMarker | null {
  if (element.localName !== 'p') return null;
  const match = MSO_LIST.exec(element.getAttribute('style') ?? '');
  if (!match) return null;
  const marker = [...element.querySelectorAll('[style]')].find((span) =>
    /mso-list:\s*ignore/i.test(span.getAttribute('style') ?? ''),
  );
  const text = (marker?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  return {
    listId: match[1].toLowerCase(),
    level: Math.min(Number(match[2]), 6),
    ordered: NUMBERED.test(text),
  };
}
