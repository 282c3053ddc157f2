/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before
 * them) as a formula. A cell starts at the start of a field, and, for a spreadsheet or
 * a line-by-line reader that takes a line break inside a field for the end of a row,
 * right after every CR or LF inside it too. So the CSV export writes one apostrophe
 * (which spreadsheets hide) before a trigger at each of those places; an apostrophe
 * already there gets one more, so the importer can drop exactly one at each place and
 * get the value back, whatever it held.
 */
const NEEDS_ESCAPE = /(?<=^|[\r\n])(?=[=+\-@\t\r'])/g;
const ESCAPED = /(?<=^|[\r\n])'(?=[=+\-@\t\r'])/g;

export function escapeFormula(text: string): string {
  return text.replace(NEEDS_ESCAPE, "'");
}

export function unescapeFormula(text: string): string {
  return text.replace(ESCAPED, "");
}

/**
 * The fields csv-stringify must quote besides its own choice (it leaves a bare LF or CR
 * unquoted when records end with CRLF): any line break, so no spreadsheet reads a new
 * row inside a value, and any escaped trigger at the start, so the apostrophe stays the
 * cell's own.
 */
export const MUST_QUOTE = /[\r\n]|^'/;
