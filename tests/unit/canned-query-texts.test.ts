import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../contract/model.ts";
import { createQueryCatalog } from "../../server/canned-queries/catalog.ts";
import type { QueryRunContext } from "../../server/canned-queries/canned-query.ts";
import { nodeValueName } from "../../server/canned-queries/rows.ts";
import { describeBasis } from "../../server/canned-queries/summary.ts";
import { GraphModel } from "../../server/model/graph-model.ts";

const model = GraphModel.fromFile();
const catalog = [...createQueryCatalog(model).values()];

describe("the sentence on the data a finding rests on", () => {
  it("names relationship types as the model names them in the reader's language, not by their ids", () => {
    const basis = { types: ["COUNTERS", "PARTICIPATES_IN"], entities: 3, relationships: 2, graphVersion: 1, model };
    for (const language of LANGUAGES) {
      const sentence = describeBasis(language, basis);
      for (const type of basis.types) expect(sentence).toContain(model.relationshipType(type)!.names[language]);
      expect(sentence).not.toMatch(/COUNTERS|PARTICIPATES_IN/);
    }
  });
});

describe("the canned queries' descriptions", () => {
  it("speak without type ids, parameter names or code marks, in three different texts", () => {
    for (const query of catalog) {
      const params = Object.keys(query.params.shape).filter((name) => /[A-Z]/.test(name));
      for (const language of LANGUAGES) {
        const text = query.descriptions[language];
        expect(text, `${query.id} ${language}`).not.toContain("`");
        for (const word of [...model.relationshipTypeIds, ...params]) expect(text, `${query.id} ${language}`).not.toMatch(new RegExp(`\\b${word}\\b`));
      }
      expect(new Set(LANGUAGES.map((language) => query.descriptions[language])).size, query.id).toBe(3);
    }
  });
});

describe("enum values in rows", () => {
  it("read as the model names them in the reader's language, and as their code when the model names none", () => {
    const definition = structuredClone(model.definition);
    const scope = definition.kinds.find((kind) => kind.id === "Partner")!.properties.find((property) => property.name === "scope")!;
    scope.valueNames = { national: { fr: "nationale", nl: "nationaal", en: "national" } };
    const named = GraphModel.parse(definition);
    const context = (language: "fr" | "nl") => ({ model: named, language }) as unknown as QueryRunContext;
    expect(nodeValueName(context("fr"), "Partner", "scope", "national")).toBe("nationale");
    expect(nodeValueName(context("nl"), "Partner", "scope", "national")).toBe("nationaal");
    expect(nodeValueName(context("nl"), "Partner", "scope", "international")).toBe("international");
    expect(nodeValueName(context("nl"), "Partner", "scope", undefined)).toBeNull();
  });
});
