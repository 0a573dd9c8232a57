// Arabic-Indic (٠-٩) and Extended Arabic-Indic, or Persian (۰-۹), digits to Western 0-9:
// numbers typed either way read the same.

const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/gu;
const EXTENDED_ARABIC_INDIC_DIGITS = /[\u06F0-\u06F9]/gu;

export function toWesternDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x0660 + 0x30))
    .replace(EXTENDED_ARABIC_INDIC_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x06f0 + 0x30));
}
