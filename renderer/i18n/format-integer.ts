// Whole numbers for what the first frame shows (counters, the headline's length): Western
// digits with a comma between thousands, which is what Intl.NumberFormat writes for both
// 'ar' and 'en' (a unit test holds it to that). Intl.NumberFormat's first use loads ICU's
// locale data, 25-75 ms measured in Chromium here, which the article's start should not wait for.

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

export function formatInteger(value: number): string {
  return Math.trunc(value).toString().replace(THOUSANDS, ',');
}
