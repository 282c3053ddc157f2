// @vitest-environment node
import { describe, expect, it } from "vitest";
import en from "../i18n/locales/en/panels.json";
import fr from "../i18n/locales/fr/panels.json";
import nl from "../i18n/locales/nl/panels.json";

/** Keys without their plural suffix: languages have different plural forms. */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, "")];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("the panels' texts", () => {
  it("exist in French, Dutch and English alike", () => {
    const english = [...new Set(keysOf(en))].sort();
    expect([...new Set(keysOf(fr))].sort()).toEqual(english);
    expect([...new Set(keysOf(nl))].sort()).toEqual(english);
  });
});
