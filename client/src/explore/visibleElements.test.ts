// @vitest-environment node
import { describe, expect, it } from "vitest";
import { smallGraph } from "./testing/exploreFixtures";
import { hiddenElements, visibleElements, type ElementFilters } from "./visibleElements";

const none: ElementFilters = { hiddenKinds: [], hiddenTypes: [], scope: "all", hiddenNodes: [] };
const ids = (items: Array<{ data: { id: string } }>) => items.map((item) => item.data.id).sort();

describe("visibleElements", () => {
  it("keeps everything when nothing is filtered", () => {
    expect(visibleElements(smallGraph, none)).toEqual(smallGraph);
  });

  it("hides a kind's entities and every relationship touching them", () => {
    const shown = visibleElements(smallGraph, { ...none, hiddenKinds: ["Partner"] });
    expect(ids(shown.nodes)).toEqual(["cns", "p1", "sgrs", "vsse"]);
    expect(ids(shown.edges)).toEqual(["e1", "e4", "e5", "e6"]);
  });

  it("hides a relationship type without hiding the entities it joins", () => {
    const shown = visibleElements(smallGraph, { ...none, hiddenTypes: ["PARTICIPATES_IN"] });
    expect(shown.nodes).toHaveLength(smallGraph.nodes.length);
    expect(ids(shown.edges)).toEqual(["e1", "e2", "e3"]);
  });

  it("keeps only the partners of the chosen scope, and never hides an entity without a scope", () => {
    const national = visibleElements(smallGraph, { ...none, scope: "national" });
    expect(ids(national.nodes)).toEqual(["cns", "p1", "police", "sgrs", "vsse"]);
    const international = visibleElements(smallGraph, { ...none, scope: "international" });
    expect(ids(international.nodes)).toEqual(["cns", "nato", "p1", "sgrs", "vsse"]);
  });

  it("hides entities hidden by hand, with their relationships", () => {
    const hidden = hiddenElements(smallGraph, { ...none, hiddenNodes: ["cns"] });
    expect([...hidden.nodes]).toEqual(["cns"]);
    expect([...hidden.edges].sort()).toEqual(["e4", "e5"]);
  });
});
