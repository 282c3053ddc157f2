import { describe, expect, it } from "vitest";
import { validateElements } from "../../server/graph/validate-elements.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { generateGraph, kindCounts } from "./generate-graph.ts";

const model = GraphModel.fromFile();

describe("generateGraph", () => {
  it("produces elements the model accepts, so the bench loads what the importer would", () => {
    for (const seed of [1, 2, 3]) {
      expect(validateElements(model, generateGraph({ nodes: 1000, seed })).errors).toEqual([]);
    }
  });

  it("gives the same graph for the same seed and another graph for another seed", () => {
    expect(generateGraph({ nodes: 300, seed: 7 })).toEqual(generateGraph({ nodes: 300, seed: 7 }));
    expect(generateGraph({ nodes: 300, seed: 7 })).not.toEqual(generateGraph({ nodes: 300, seed: 8 }));
  });

  it("writes each tie of a symmetric type once, so an import keeps every relationship it generates", () => {
    const symmetric = new Set(model.relationshipTypeIds.filter((type) => model.relationshipType(type)?.symmetric));
    expect(symmetric.size).toBeGreaterThan(0);
    const { edges } = generateGraph({ nodes: 3000, seed: 7 });
    const ties = edges.filter(({ data }) => symmetric.has(data.type))
      .map(({ data }) => `${data.type}|${[data.source, data.target].sort().join("|")}`);
    expect(new Set(ties).size).toBe(ties.length);
  });

  it("has the requested size, about 4 relationships per entity and no isolated entity", () => {
    const { nodes, edges } = generateGraph({ nodes: 5000 });
    expect(nodes).toHaveLength(5000);
    expect(edges).toHaveLength(10_000);
    const linked = new Set(edges.flatMap(({ data }) => [data.source, data.target]));
    expect(nodes.filter(({ data }) => !linked.has(data.id))).toEqual([]);
  });

  it("has hubs: the busiest entity has many times the median degree", () => {
    const { nodes, edges } = generateGraph({ nodes: 5000 });
    const degree = new Map<string, number>();
    for (const { data } of edges) {
      degree.set(data.source, (degree.get(data.source) ?? 0) + 1);
      degree.set(data.target, (degree.get(data.target) ?? 0) + 1);
    }
    const sorted = nodes.map(({ data }) => degree.get(data.id) ?? 0).sort((a, b) => a - b);
    expect(sorted.at(-1)!).toBeGreaterThan(30 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it("keeps services and bodies to a few hundred at 100k entities", () => {
    const counts = kindCounts(100_000);
    expect(counts.Service + counts.Body).toBeLessThanOrEqual(600);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(100_000);
  });
});
