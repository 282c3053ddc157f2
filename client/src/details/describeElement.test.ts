// @vitest-environment node
import { describe, expect, it } from "vitest";
import { acronymsOf, namesOf, otherProperties } from "./describeElement";
import type { PropertySpec } from "./propertySpecs";

const spec = (name: string, en: string, type: PropertySpec["type"] = "string"): PropertySpec => ({ name, type, required: false, names: { fr: `${en} (fr)`, nl: `${en} (nl)`, en } });

describe("describing an element", () => {
  const data = {
    id: "x", kind: "Partner", name: "X", distance: 1,
    nameFr: "Douane", nameOfficialFr: true, nameNl: "Douane", nameOfficialNl: false, acronymEn: "CUS",
    scope: "national", note: "n", zeta: 1, provenanceDocument: "d.txt", validTo: null,
  };

  it("gives the names in FR, NL, EN with whether each is official", () => {
    expect(namesOf(data)).toEqual([
      { language: "fr", name: "Douane", official: true },
      { language: "nl", name: "Douane", official: false },
      { language: "en", name: null, official: null },
    ]);
    expect(acronymsOf(data)).toEqual([{ language: "en", acronym: "CUS" }]);
  });

  it("labels the other properties with the model's names, in the model's order, unknown ones last", () => {
    const specs = new Map([spec("scope", "Scope"), spec("note", "Note")].map((s) => [s.name, s]));
    expect(otherProperties(data, specs, "en").map((p) => [p.key, p.label])).toEqual([["scope", "Scope"], ["note", "Note"], ["zeta", "zeta"]]);
    expect(otherProperties(data, specs, "nl")[0]?.label).toBe("Scope (nl)");
  });
});
