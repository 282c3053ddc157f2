import type { PropertySpec } from "../../../contract/model.ts";

const WHOLE = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(["true", "1", "yes"]);
const FALSE = new Set(["false", "0", "no"]);

/**
 * Turns an attribute's value into what the model's property holds, where other tools
 * write it otherwise: a number into a text property, "1" or "true" into a boolean, a
 * numeric text into a number. Anything that does not convert is a problem saying what
 * the property takes; values the check will judge anyway (dates, patterns) pass as they are.
 */
export function convertForSpec(spec: PropertySpec, value: unknown): { value: unknown } | { problem: string } {
  switch (spec.type) {
    case "string":
      if (typeof value === "number" || typeof value === "boolean") return { value: String(value) };
      return { value };
    case "boolean": {
      if (typeof value === "boolean") return { value };
      const text = String(value).trim().toLowerCase();
      if (TRUE.has(text)) return { value: true };
      if (FALSE.has(text)) return { value: false };
      return { problem: `"${String(value)}" is not a boolean; ${spec.name} takes true or false (also 1/0, yes/no)` };
    }
    case "integer": {
      if (Number.isSafeInteger(value)) return { value };
      const text = String(value).trim();
      const number = Number(text);
      if ((WHOLE.test(text) || (DECIMAL.test(text) && Number.isInteger(number))) && Number.isSafeInteger(number)) return { value: number };
      return { problem: `"${String(value)}" is not a whole number, which ${spec.name} takes` };
    }
    case "float": {
      if (typeof value === "number" && Number.isFinite(value)) return { value };
      const text = String(value).trim();
      if (DECIMAL.test(text)) return { value: Number(text) };
      return { problem: `"${String(value)}" is not a number, which ${spec.name} takes` };
    }
    default:
      return { value };
  }
}
