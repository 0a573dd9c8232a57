// How big a table of an article may be: a results table or a schedule is tens of rows and a
// handful of columns. The .docx import leaves out what is past these (and says so); the
// document check refuses a body that holds more.
export const TABLE_LIMITS = {
  maxRows: 500,
  maxColumns: 30,
} as const;
