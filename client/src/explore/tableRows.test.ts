// @vitest-environment node
import { describe, expect, it } from "vitest";
import { edgeRows, nodeRows } from "./tableRows";
import { seedModel, smallGraph } from "./testing/exploreFixtures";

describe("table rows", () => {
  it("names kinds in the reader's language and counts each entity's links on the canvas", () => {
    const rows = nodeRows(smallGraph, { model: seedModel, language: "fr", scopeName: (scope) => `<${scope}>` });
    expect(rows.find((row) => row.id === "sgrs")).toEqual({
      id: "sgrs", name: "General Intelligence and Security Service", nameLanguage: "fr", kind: "Service de renseignement", scope: "", degree: 4,
    });
    expect(rows.find((row) => row.id === "nato")).toMatchObject({ scope: "<international>", degree: 1 });
  });

  it("says which language a name is in when the entity has none in the reader's (French only, read in Dutch)", () => {
    const graph = {
      nodes: [
        { data: { id: "post", kind: "Liaison", name: "officier de liaison", nameFr: "officier de liaison" } },
        { data: { id: "vsse", kind: "Service", name: "Veiligheid van de Staat", nameFr: "Sûreté de l'État", nameNl: "Veiligheid van de Staat" } },
      ],
      edges: [],
    };
    const rows = nodeRows(graph, { model: seedModel, language: "nl", scopeName: (scope) => scope });
    expect(rows.map((row) => [row.id, row.nameLanguage])).toEqual([["post", "fr"], ["vsse", "nl"]]);
  });

  it("names a relationship's type and both ends", () => {
    const rows = edgeRows(smallGraph, { model: seedModel, language: "en" });
    expect(rows.find((row) => row.id === "e3")).toEqual({ id: "e3", type: "meets informally", from: "State Security Service", to: "NATO" });
  });
});
