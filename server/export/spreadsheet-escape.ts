/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before
 * them) as a formula. The CSV export writes such a text with one leading apostrophe,
 * which spreadsheets hide; a text that starts with an apostrophe gets one more, so the
 * importer can drop exactly one and get the value back.
 */
const NEEDS_ESCAPE = /^[=+\-@\t\r']/;
const ESCAPED = /^'[=+\-@\t\r']/;

export function escapeFormula(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
