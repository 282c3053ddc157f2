import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EdgeOrientation, type OrientedEdge } from "../../server/import/orientation.ts";
import { GraphModel } from "../../server/model/graph-model.ts";

const model = GraphModel.fromFile();
const symmetric = (type: string) => model.relationshipType(type)?.symmetric === true;
const pair = (edge: OrientedEdge) => `${edge.type} ${[edge.source, edge.target].sort().join(" ")}`;

describe("turning undirected edges", () => {
  it("keeps what the model allows, turns what it allows only the other way, and otherwise names every type allowed between the kinds", () => {
    for (const type of model.relationshipTypeIds) {
      for (const from of model.kindIds) {
        for (const to of model.kindIds) {
          const orientation = new EdgeOrientation(model);
          const edge = { id: "e", type, source: "a", target: "b", undirected: true };
          const issue = orientation.check(edge, from, to);
          const written = orientation.asWritten({ id: "e", source: "a", target: "b" });
          if (model.allows(type, from, to)) {
            expect(issue).toBeUndefined();
            expect(written).toEqual({ id: "e", source: "a", target: "b" });
          } else if (model.allows(type, to, from)) {
            expect(issue).toBeUndefined();
            expect(written).toEqual({ id: "e", source: "b", target: "a" });
          } else {
            const named = model.relationshipTypeIds.filter((other) => model.allows(other, from, to) || model.allows(other, to, from));
            expect(issue?.code).toBe("not-allowed");
            for (const other of model.relationshipTypeIds) {
              expect(issue!.message.split("; ")[1]!.includes(`${other} (`), `${type} ${from} ${to} ${other}`).toBe(named.includes(other));
            }
          }
          // A directed edge is never turned: the plain endpoint rule applies.
          expect(new EdgeOrientation(model).check({ ...edge, undirected: false }, from, to) === undefined).toBe(model.allows(type, from, to));
        }
      }
    }
  });
});

describe("merging reciprocal pairs", () => {
  const edges = fc.array(fc.record({
    source: fc.constantFrom("a", "b", "c"),
    target: fc.constantFrom("a", "b", "c"),
    type: fc.constantFrom("COOPERATES_WITH", "DISSEMINATES_TO", "MEETS_INFORMALLY"),
    undirected: fc.boolean(),
  }), { maxLength: 30 }).map((list) => list.map((edge, i) => ({ ...edge, id: `e${i}` })));

  it("leaves one direction per pair of a symmetric type, one undirected edge per pair, and merges only into an earlier edge", () => {
    fc.assert(fc.property(edges, (list) => {
      const orientation = new EdgeOrientation(model);
      const merged = list.filter((edge) => orientation.isRepeat(edge));
      const kept = list.filter((edge) => !merged.includes(edge));
      for (const edge of merged) {
        expect(kept.some((other) => pair(other) === pair(edge) && Number(other.id.slice(1)) < Number(edge.id.slice(1)))).toBe(true);
        expect(orientation.asWritten({ id: edge.id })).toBeUndefined();
      }
      for (const edge of kept) {
        if (!symmetric(edge.type) && !edge.undirected) expect(merged).not.toContain(edge);
        const twins = kept.filter((other) => pair(other) === pair(edge) && other !== edge);
        if (symmetric(edge.type) && edge.source !== edge.target) {
          expect(twins.every((other) => other.source === edge.source)).toBe(true);
        }
        if (edge.undirected) expect(twins.filter((other) => other.undirected)).toEqual([]);
      }
      expect(orientation.warnings().find((warning) => warning.code === "reciprocal-merged")?.count ?? 0).toBe(merged.length);
    }));
  });

  it("never merges directed edges of a type without the symmetric flag, even a→b after b→a", () => {
    const orientation = new EdgeOrientation(model);
    expect(orientation.isRepeat({ id: "1", type: "DISSEMINATES_TO", source: "a", target: "b" })).toBe(false);
    expect(orientation.isRepeat({ id: "2", type: "DISSEMINATES_TO", source: "b", target: "a" })).toBe(false);
    expect(orientation.isRepeat({ id: "3", type: "COOPERATES_WITH", source: "a", target: "b" })).toBe(false);
    expect(orientation.isRepeat({ id: "4", type: "COOPERATES_WITH", source: "b", target: "a" })).toBe(true);
    expect(orientation.warnings()).toEqual([expect.objectContaining({ code: "reciprocal-merged", count: 1, samples: ["4"] })]);
  });
});
