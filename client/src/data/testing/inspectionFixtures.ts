import type { ImportInspection } from "../../../../contract/import-inspection.ts";

/**
 * Inspections shaped as `POST /api/imports/inspect` answers them (see
 * server/import/inspect/), for the mapping step's component tests.
 */

/** A file in the product's own shape: nothing to propose. */
export const ownShapeInspection: ImportInspection = {
  files: [{
    name: "nodes.csv", format: "csv-nodes", nodes: 1, edges: 0, undirectedEdges: 0,
    nodeAttributes: [{ name: "kind", count: 1, samples: ["Service"], distinct: 1, distinctCapped: false }, { name: "nameFr", count: 1, samples: ["X"], distinct: 1, distinctCapped: false }],
    edgeAttributes: [],
  }],
  proposal: {},
  values: { nodes: { kind: ["Service"], nameFr: ["X"] }, edges: {} },
  problems: [],
};

/** Davis's southern women as networkx writes them: a bipartite column, names as ids, undirected edges with a weight. */
export const davisInspection: ImportInspection = {
  files: [{
    name: "davis.graphml", format: "graphml", nodes: 32, edges: 89, undirectedEdges: 89,
    nodeAttributes: [{ name: "bipartite", count: 32, samples: [0, 1], distinct: 2, distinctCapped: false }],
    edgeAttributes: [{ name: "weight", count: 89, samples: [1, 2], distinct: 2, distinctCapped: false }],
  }],
  proposal: {
    nodes: { properties: { nameEn: "@id" }, kind: { from: "bipartite", values: {} } },
    edges: { type: "COOPERATES_WITH" },
  },
  values: { nodes: { bipartite: ["0", "1"] }, edges: { weight: ["1", "2"] } },
  problems: [],
};
