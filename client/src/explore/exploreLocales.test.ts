// @vitest-environment node
import { describe, expect, it } from "vitest";
import en from "../i18n/locales/en/explore.json";
import fr from "../i18n/locales/fr/explore.json";
import nl from "../i18n/locales/nl/explore.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("the explore texts", () => {
  it("exist in French, Dutch and English alike, none left empty", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
    expect(keys(nl).sort()).toEqual(keys(en).sort());
    for (const texts of [en, fr, nl]) {
      for (const key of keys(texts)) {
        const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);
        expect(text, key).not.toBe("");
      }
    }
  });
});
