// @vitest-environment node
import { readFileSync } from "node:fs";
import cytoscape from "cytoscape";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type GraphModel } from "./graphModelSchema";
import { graphModelSchema } from "../../../contract/model.ts";
import { buildStylesheet } from "./stylesheet";

const seedModel: GraphModel = graphModelSchema.parse(
  JSON.parse(readFileSync(new URL("../../../server/model/graph-model.json", import.meta.url), "utf8")),
);

/**
 * A headless Cytoscape holding one node per kind and one edge per relationship type,
 * styled by the sheet under test: the assertions read the styles Cytoscape actually
 * resolves, not the selectors we hope it matches.
 */
function styledGraph(model: GraphModel) {
  const anchor = model.kinds[0]!.id;
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: {
      nodes: model.kinds.map((kind) => ({ data: { id: `node-${kind.id}`, kind: kind.id, name: kind.names.en } })),
      edges: model.relationshipTypes.map((relationshipType) => ({
        data: {
          id: `edge-${relationshipType.id}`,
          source: `node-${anchor}`,
          target: `node-${anchor}`,
          type: relationshipType.id,
        },
      })),
    },
    style: buildStylesheet(model),
  });
}

/** Cytoscape reports colours as `rgb(r,g,b)`. */
function asRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r},${g},${b})`;
}

describe("buildStylesheet", () => {
  const cy = styledGraph(seedModel);
  afterAll(() => cy.destroy());

  it("uses only properties and values Cytoscape accepts", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      styledGraph(seedModel).destroy();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it.each(seedModel.kinds.map((kind) => [kind.id, kind] as const))(
    "draws %s nodes in the model's colour and shape",
    (_id, kind) => {
      const node = cy.getElementById(`node-${kind.id}`);
      expect(node.style("background-color")).toBe(asRgb(kind.color));
      expect(node.style("shape")).toBe(kind.shape);
    },
  );

  it.each(seedModel.relationshipTypes.map((relationshipType) => [relationshipType.id, relationshipType] as const))(
    "draws %s edges in the model's colour and line style, with a matching arrow",
    (_id, relationshipType) => {
      const edge = cy.getElementById(`edge-${relationshipType.id}`);
      expect(edge.style("line-color")).toBe(asRgb(relationshipType.color));
      expect(edge.style("line-style")).toBe(relationshipType.lineStyle);
      expect(edge.style("target-arrow-shape")).toBe("triangle");
      expect(edge.style("target-arrow-color")).toBe(asRgb(relationshipType.color));
      expect(edge.style("curve-style")).toBe("bezier");
    },
  );

  it("gives every kind and every relationship type its own rule", () => {
    const selectors = buildStylesheet(seedModel).map((rule) => rule.selector);
    for (const kind of seedModel.kinds) expect(selectors).toContain(`node[kind = "${kind.id}"]`);
    for (const relationshipType of seedModel.relationshipTypes) {
      expect(selectors).toContain(`edge[type = "${relationshipType.id}"]`);
    }
  });

  it("labels nodes with their name, hidden when zoomed too far out to read", () => {
    const node = cy.getElementById(`node-${seedModel.kinds[0]!.id}`);
    expect(node.style("label")).toBe(seedModel.kinds[0]!.names.en);
    expect(Number.parseFloat(node.style("min-zoomed-font-size"))).toBeGreaterThan(0);
  });

  it("draws a node of a kind the model does not know in a neutral default, not invisibly", () => {
    const sheetOnly = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: "stray", kind: "NotInTheModel", name: "Stray" } }],
      style: buildStylesheet(seedModel),
    });
    const stray = sheetOnly.getElementById("stray");
    expect(stray.style("background-color")).toBe(asRgb("#bdbdbd"));
    expect(seedModel.kinds.map((kind) => asRgb(kind.color))).not.toContain(stray.style("background-color"));
    expect(stray.style("label")).toBe("Stray");
    sheetOnly.destroy();
  });

  it("is a pure function of the model", () => {
    expect(buildStylesheet(seedModel)).toEqual(buildStylesheet(structuredClone(seedModel)));
  });
});

describe("the marks the canvas sets as classes", () => {
  const anchor = seedModel.kinds[0]!.id;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: "plain", kind: anchor, name: "Plain" } },
      { data: { id: "marked", kind: anchor, name: "Marked" } },
      { data: { id: "link", source: "plain", target: "marked", type: seedModel.relationshipTypes[0]!.id } },
    ],
    style: buildStylesheet(seedModel),
  });
  afterAll(() => cy.destroy());
  const marked = cy.getElementById("marked");
  const plain = cy.getElementById("plain");
  const styleWith = (classes: string, property: string) => {
    marked.classes(classes);
    return marked.style(property);
  };

  it("hides filtered elements", () => {
    expect(styleWith("filtered", "display")).toBe("none");
  });

  it("rings a finding with a thick border drawn above the rest, and fades what is dimmed", () => {
    expect(Number.parseFloat(styleWith("finding", "border-width"))).toBeGreaterThanOrEqual(4);
    expect(Number(styleWith("finding", "z-index"))).toBeGreaterThan(Number(plain.style("z-index")));
    expect(Number(styleWith("dimmed", "opacity"))).toBeLessThanOrEqual(0.2);
  });

  it("tells removed, cut-off and new single points of failure apart by border style and width, not colour alone", () => {
    expect(styleWith("removed", "border-style")).toBe("dashed");
    expect(styleWith("cut-off", "border-style")).toBe("double");
    expect(styleWith("new-spof", "border-style")).toBe("solid");
    expect(Number.parseFloat(styleWith("new-spof", "border-width"))).toBeGreaterThan(Number.parseFloat(plain.style("border-width")) * 3);
    const link = cy.getElementById("link");
    link.classes("removed");
    expect(link.style("line-style")).toBe("dashed");
  });

  it("rings the selected node with an outline that no mark uses", () => {
    marked.classes("cut-off");
    marked.select();
    expect(Number.parseFloat(marked.style("outline-width"))).toBeGreaterThan(0);
    expect(marked.style("border-style")).toBe("double");
    marked.unselect();
  });
});

describe("the large-view stylesheet", () => {
  it("draws straight edges and shows labels only from a larger zoom", () => {
    const large = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        { data: { id: "a", kind: seedModel.kinds[0]!.id, name: "A" } },
        { data: { id: "b", kind: seedModel.kinds[0]!.id, name: "B" } },
        { data: { id: "ab", source: "a", target: "b", type: seedModel.relationshipTypes[0]!.id } },
      ],
      style: buildStylesheet(seedModel, { large: true }),
    });
    expect(large.getElementById("ab").style("curve-style")).toBe("straight");
    expect(large.getElementById("ab").style("target-arrow-shape")).toBe("triangle");
    const standardMin = Number.parseFloat(cy0().getElementById("x").style("min-zoomed-font-size"));
    expect(Number.parseFloat(large.getElementById("a").style("min-zoomed-font-size"))).toBeGreaterThan(standardMin);
    large.destroy();
  });
});

function cy0() {
  return cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: "x", kind: "Service", name: "X" } }], style: buildStylesheet(seedModel) });
}
