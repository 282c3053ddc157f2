// @vitest-environment node
import { describe, expect, it } from "vitest";
import { edgeRows, nodeRows } from "./tableRows";
import { seedModel, smallGraph } from "./testing/exploreFixtures";

describe("table rows", () => {
  it("names kinds in the reader's language and counts each entity's links on the canvas", () => {
    const rows = nodeRows(smallGraph, { model: seedModel, language: "fr", scopeName: (scope) => `<${scope}>` });
    expect(rows.find((row) => row.id === "sgrs")).toEqual({
      id: "sgrs", name: "General Intelligence and Security Service", kind: "Service de renseignement", scope: "", degree: 4,
    });
    expect(rows.find((row) => row.id === "nato")).toMatchObject({ scope: "<international>", degree: 1 });
  });

  it("names a relationship's type and both ends", () => {
    const rows = edgeRows(smallGraph, { model: seedModel, language: "en" });
    expect(rows.find((row) => row.id === "e3")).toEqual({ id: "e3", type: "meets informally", from: "State Security Service", to: "NATO" });
  });
});
