// mammoth writes a .docx's footnotes and endnotes as a numbered list at the end, each with a
// "↑" back to its marker ([1] in a <sup>). The article has no anchors of its own, so the notes
// become paragraphs after a rule, each opening with its number linked back to its marker, and
// each marker links to its note (common/document/note-links.ts): the same on every page
// the article is published to or exported as.
import { noteBackUrl, noteMarkerUrl } from '../../../common/document/note-links.ts';

const NOTE_ID = /^(footnote|endnote)-(-?\d{1,10})$/;

/** Rewrites mammoth's notes in `document` (its own HTML, before cleaning); returns how many notes it moved. */
export function moveDocxNotes(document: Document): number {
  const numbers = new Map<string, number>();
  const lists = new Set<Element>();
  for (const item of document.body.querySelectorAll('ol > li[id]')) {
    if (!NOTE_ID.test(item.id) || item.parentElement?.parentElement !== document.body) continue;
    numbers.set(item.id, numbers.size + 1);
    lists.add(item.parentElement);
  }
  if (numbers.size === 0) return 0;
  for (const marker of document.body.querySelectorAll(
    'a[href^="#footnote-"], a[href^="#endnote-"]',
  )) {
    const target = marker.getAttribute('href')!.slice(1);
    const number = numbers.get(target);
    if (number === undefined || !marker.id) continue;
    marker.setAttribute('href', noteMarkerUrl(number));
    marker.removeAttribute('id');
    marker.textContent = `[${number}]`;
    const sup = marker.closest('sup');
    sup?.replaceWith(...sup.childNodes);
  }
  for (const list of lists) {
    const notes: Element[] = [];
    for (const item of list.querySelectorAll(':scope > li[id]')) {
      const number = numbers.get(item.id);
      if (number === undefined) continue;
      // The "↑" back link: replaced by the number at the note's start.
      for (const back of item.querySelectorAll(
        'a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]',
      ))
        back.remove();
      const paragraphs = [...item.querySelectorAll(':scope > p')];
      const first = paragraphs[0] ?? document.createElement('p');
      if (!paragraphs.length) first.append(...item.childNodes);
      const back = document.createElement('a');
      back.setAttribute('href', noteBackUrl(number));
      back.textContent = `[${number}]`;
      first.prepend(back, ' ');
      notes.push(first, ...paragraphs.slice(1));
    }
    list.replaceWith(document.createElement('hr'), ...notes);
  }
  return numbers.size;
}
