// One number, three ways of writing it: Western 0-9, Arabic-Indic ٠-٩ and the Extended
// Arabic-Indic (Persian) ۰-۹. Typed numbers and the house style's digit rules both use this.

const WESTERN_ZERO = 0x30;
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/gu;

/** The same digits written in `system`, from any of Western, Arabic-Indic or Persian forms. */
export function toDigitSystem(text: string, system: 'western' | 'arabic-indic'): string {
  const zero = system === 'western' ? WESTERN_ZERO : ARABIC_INDIC_ZERO;
  return text.replace(ANY_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    const value =
      code >= PERSIAN_ZERO
        ? code - PERSIAN_ZERO
        : code >= ARABIC_INDIC_ZERO
          ? code - ARABIC_INDIC_ZERO
          : code - WESTERN_ZERO;
    return String.fromCharCode(zero + value);
  });
}

export function toWesternDigits(text: string): string {
  return toDigitSystem(text, 'western');
}
