// @vitest-environment node
import { describe, expect, it } from "vitest";
import en from "../i18n/locales/en/access.json";
import fr from "../i18n/locales/fr/access.json";
import nl from "../i18n/locales/nl/access.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function textsOf(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [String(value)];
  return Object.values(value).flatMap(textsOf);
}

describe("the access texts (sign-in, users, audit, tokens, views)", () => {
  it("exist in French, Dutch and English alike, none left empty", () => {
    const english = keysOf(en).sort();
    expect(keysOf(fr).sort()).toEqual(english);
    expect(keysOf(nl).sort()).toEqual(english);
    for (const texts of [en, fr, nl]) expect(textsOf(texts).filter((text) => text.trim() === "")).toEqual([]);
  });

  it("are translated, not copied from English, apart from words that are the same", () => {
    const same = (other: unknown) => textsOf(en).filter((text, index) => textsOf(other)[index] === text);
    expect(same(fr).length).toBeLessThan(15);
    expect(same(nl).length).toBeLessThan(15);
  });
});
