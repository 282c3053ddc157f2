// @vitest-environment node
import { describe, expect, it } from "vitest";
import en from "../i18n/locales/en/data.json";
import fr from "../i18n/locales/fr/data.json";
import nl from "../i18n/locales/nl/data.json";

/** Keys without their plural suffix: languages have different plural forms. */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, "")];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function textsOf(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [String(value)];
  return Object.values(value).flatMap(textsOf);
}

describe("the data page's texts", () => {
  it("exist in French, Dutch and English alike, none left empty", () => {
    const english = [...new Set(keysOf(en))].sort();
    expect([...new Set(keysOf(fr))].sort()).toEqual(english);
    expect([...new Set(keysOf(nl))].sort()).toEqual(english);
    for (const texts of [en, fr, nl]) expect(textsOf(texts).filter((text) => text.trim() === "")).toEqual([]);
  });
});
