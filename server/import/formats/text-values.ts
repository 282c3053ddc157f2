/**
 * Turns the text of a CSV cell or a GraphML data element into the value the wire
 * format uses. Dates and date-times stay strings (the wire format carries them so);
 * they are only checked to look right, so a typo is reported against its cell.
 */
export type TextType = "string" | "integer" | "float" | "boolean" | "date" | "datetime";

export type Converted = { value: string | number | boolean } | { problem: string };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function convertText(type: TextType, text: string): Converted {
  switch (type) {
    case "string":
      return { value: text };
    case "integer": {
      const trimmed = text.trim();
      if (!INTEGER.test(trimmed)) return { problem: `"${clip(text)}" is not a whole number` };
      const value = Number(trimmed);
      return Number.isSafeInteger(value) ? { value } : { problem: `${trimmed} is too large for a whole number` };
    }
    case "float": {
      const trimmed = text.trim();
      const value = Number(trimmed);
      return DECIMAL.test(trimmed) && Number.isFinite(value) ? { value } : { problem: `"${clip(text)}" is not a number` };
    }
    case "boolean": {
      const lower = text.trim().toLowerCase();
      if (lower === "true") return { value: true };
      if (lower === "false") return { value: false };
      return { problem: `"${clip(text)}" is not true or false` };
    }
    case "date": {
      const trimmed = text.trim();
      return DATE.test(trimmed) && isRealDate(trimmed) ? { value: trimmed } : { problem: `"${clip(text)}" is not a date YYYY-MM-DD` };
    }
    case "datetime": {
      const trimmed = text.trim();
      return DATETIME.test(trimmed) && !Number.isNaN(Date.parse(trimmed))
        ? { value: trimmed }
        : { problem: `"${clip(text)}" is not an ISO 8601 date-time such as 2024-05-01T09:30:00Z` };
    }
  }
}

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Quotes a user's value in a message without letting a huge cell flood the report. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Keys that would reach an object's prototype (or pass for it) when assigned; no
 * element may carry them, whatever the format.
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
