// Whole numbers for the interface in the house digits (settings' houseStyle.digits): Western
// 0-9 with a comma between thousands, or Arabic-Indic ٠-٩ with the Arabic thousands sign,
// which is what Intl.NumberFormat writes for 'ar-u-nu-latn' and 'ar-u-nu-arab' (a unit test
// holds it to that). Written by hand because Intl.NumberFormat's first use loads ICU's locale
// data, 25-75 ms measured in Chromium here, which the article's start should not wait for.
import type { HouseStyleSettings } from '../../electron/contract/index.ts';

export type Digits = HouseStyleSettings['digits'];

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

export function formatInteger(value: number, digits: Digits = 'western'): string {
  const western = Math.trunc(value).toString().replace(THOUSANDS, ',');
  if (digits === 'western') return western;
  return western.replace(/[0-9,-]/g, (char) =>
    char === ',' ? '\u066C' : char === '-' ? '\u061C-' : ARABIC_INDIC[Number(char)]!,
  );
}
