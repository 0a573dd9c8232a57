// Types text as a person with the Arabic (101) keyboard layout does: for each character
// a CDP keyDown/keyUp pair carrying the physical key (event.code), its virtual key code
// and the Arabic character, so the page sees keydown → keypress → beforeinput → input →
// keyup, all trusted. (Playwright's keyboard.type sends characters that are not on a US
// keyboard through Input.insertText, which fires no keydown at all.)
import type { CDPSession } from 'playwright-core';

export interface PhysicalKey {
  code: string;
  keyCode: number;
}

const letterKey = (letter: string): PhysicalKey => ({
  code: `Key${letter}`,
  keyCode: letter.charCodeAt(0),
});

/** Unshifted characters of the Arabic (101) layout, by the physical key that types them. */
export const ARABIC_101_KEYS: ReadonlyMap<string, PhysicalKey> = new Map([
  ['ذ', { code: 'Backquote', keyCode: 192 }],
  ['ض', letterKey('Q')],
  ['ص', letterKey('W')],
  ['ث', letterKey('E')],
  ['ق', letterKey('R')],
  ['ف', letterKey('T')],
  ['غ', letterKey('Y')],
  ['ع', letterKey('U')],
  ['ه', letterKey('I')],
  ['خ', letterKey('O')],
  ['ح', letterKey('P')],
  ['ج', { code: 'BracketLeft', keyCode: 219 }],
  ['د', { code: 'BracketRight', keyCode: 221 }],
  ['ش', letterKey('A')],
  ['س', letterKey('S')],
  ['ي', letterKey('D')],
  ['ب', letterKey('F')],
  ['ل', letterKey('G')],
  ['ا', letterKey('H')],
  ['ت', letterKey('J')],
  ['ن', letterKey('K')],
  ['م', letterKey('L')],
  ['ك', { code: 'Semicolon', keyCode: 186 }],
  ['ط', { code: 'Quote', keyCode: 222 }],
  ['ئ', letterKey('Z')],
  ['ء', letterKey('X')],
  ['ؤ', letterKey('C')],
  ['ر', letterKey('V')],
  ['ى', letterKey('N')],
  ['ة', letterKey('M')],
  ['و', { code: 'Comma', keyCode: 188 }],
  ['ز', { code: 'Period', keyCode: 190 }],
  ['ظ', { code: 'Slash', keyCode: 191 }],
  [' ', { code: 'Space', keyCode: 32 }],
]);

export function physicalKeyFor(character: string): PhysicalKey {
  const key = ARABIC_101_KEYS.get(character);
  if (!key) throw new Error(`"${character}" is not an unshifted key of the Arabic (101) layout`);
  return key;
}

/** Presses the key; resolves once the renderer has handled keydown (and its input). */
export async function pressArabicKey(cdp: CDPSession, character: string): Promise<void> {
  const { code, keyCode } = physicalKeyFor(character);
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyDown',
    key: character,
    code,
    text: character,
    unmodifiedText: character,
    windowsVirtualKeyCode: keyCode,
  });
}

export async function releaseArabicKey(cdp: CDPSession, character: string): Promise<void> {
  const { code, keyCode } = physicalKeyFor(character);
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key: character,
    code,
    windowsVirtualKeyCode: keyCode,
  });
}
