// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { concentricLevels } from "../concentricLevels";
import { edge, node, seedModel, smallGraph } from "../testing/exploreFixtures";
import type { GraphElements } from "../../../../contract/elements.ts";
import { canvasMarks } from "./canvasMarks";
import { startCanvasSession, type CanvasEvents, type CanvasSession } from "./canvasSession";

let session: CanvasSession | undefined;
afterEach(() => session?.destroy());

/** A headless session: the same code the dashboard runs, minus the drawing. */
function start(options: { layout?: "fcose" | "concentric" | "grid" | "circle" } = {}) {
  const events: CanvasEvents & { statuses: string[] } = {
    statuses: [],
    select: vi.fn(),
    expand: vi.fn(),
    menu: vi.fn(),
    layoutStatus(status) {
      this.statuses.push(status);
    },
  };
  session = startCanvasSession({ model: seedModel, large: false, webgl: false, layout: options.layout ?? "fcose", events });
  return { session, events };
}

const none = { hiddenKinds: [], hiddenTypes: [], scope: "all" as const, hiddenNodes: [] };
const positionOf = (s: CanvasSession, id: string) => ({ ...s.cy.getElementById(id).position() });

describe("the canvas session", () => {
  it("lays out the first graph and reports the layout done", () => {
    const { session, events } = start();
    session.syncGraph(smallGraph);
    expect(session.cy.nodes()).toHaveLength(smallGraph.nodes.length);
    expect(session.cy.edges()).toHaveLength(smallGraph.edges.length);
    expect(events.statuses.at(-1)).toBe("done");
    const spread = new Set(session.cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`));
    expect(spread.size).toBe(smallGraph.nodes.length);
  });

  it("keeps every position when an expansion adds elements, and places the newcomers near the expanded node", () => {
    const { session } = start();
    session.syncGraph(smallGraph);
    const before = new Map(smallGraph.nodes.map((n) => [n.data.id, positionOf(session, n.data.id)]));
    const expanded: GraphElements = {
      nodes: [...smallGraph.nodes, node("new1", "Project"), node("new2", "Project")],
      edges: [...smallGraph.edges, edge("n1", "police", "new1", "PARTICIPATES_IN"), edge("n2", "police", "new2", "PARTICIPATES_IN")],
    };
    session.syncGraph(expanded);
    for (const [id, position] of before) {
      expect(positionOf(session, id).x, id).toBeCloseTo(position.x, 3);
      expect(positionOf(session, id).y, id).toBeCloseTo(position.y, 3);
    }
    const police = positionOf(session, "police");
    const from = (p: { x: number; y: number }) => Math.hypot(p.x - police.x, p.y - police.y);
    const farthest = Math.max(...[...before.values()].map(from));
    // Within about two edge lengths of the node they hang on, not flung to the far side.
    for (const id of ["new1", "new2"]) {
      expect(from(positionOf(session, id)), id).toBeLessThan(200);
      expect(from(positionOf(session, id)), id).toBeLessThan(farthest);
    }
  });

  it("hides filtered elements by class and keeps them on the canvas", () => {
    const { session } = start();
    session.syncGraph(smallGraph);
    session.setFilters({ ...none, hiddenKinds: ["Partner"] });
    expect(session.cy.getElementById("nato").hasClass("filtered")).toBe(true);
    expect(session.cy.getElementById("e3").hasClass("filtered")).toBe(true);
    expect(session.cy.getElementById("sgrs").hasClass("filtered")).toBe(false);
    expect(session.cy.nodes(":visible")).toHaveLength(4);
    session.setFilters(none);
    expect(session.cy.nodes(":visible")).toHaveLength(6);
  });

  it("locks pinned nodes so that a new layout leaves them where they are", () => {
    const { session } = start({ layout: "grid" });
    session.syncGraph(smallGraph);
    session.setPinned(["cns"]);
    const pinnedAt = positionOf(session, "cns");
    expect(session.cy.getElementById("cns").locked()).toBe(true);
    session.setLayout("concentric");
    expect(positionOf(session, "cns")).toEqual(pinnedAt);
    session.setPinned([]);
    expect(session.cy.getElementById("cns").locked()).toBe(false);
  });

  it("puts each kind on its own ring in the concentric layout", () => {
    const { session } = start({ layout: "concentric" });
    session.syncGraph(smallGraph);
    const levels = concentricLevels(seedModel);
    // Two nodes on a ring sit opposite each other: the services' midpoint is the centre.
    const [a, b] = [positionOf(session, "sgrs"), positionOf(session, "vsse")];
    const centre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const radius = (id: string) => {
      const p = positionOf(session, id);
      return Math.hypot(p.x - centre.x, p.y - centre.y);
    };
    expect(levels.get("Service")).toBeGreaterThan(levels.get("Partner")!);
    expect(radius("sgrs")).toBeCloseTo(radius("vsse"), 0);
    expect(radius("police")).toBeCloseTo(radius("nato"), 0);
    expect(radius("sgrs")).toBeLessThan(radius("police"));
  });

  it("groups kinds side by side around the circle, in the model's order", () => {
    const { session } = start({ layout: "circle" });
    session.syncGraph(smallGraph);
    // Headless, the circle is centred on the origin and starts at the top, clockwise.
    const around = session.cy
      .nodes()
      .map((n) => ({ kind: n.data("kind") as string, angle: (Math.atan2(n.position().y, n.position().x) + 2.5 * Math.PI) % (2 * Math.PI) }))
      .sort((a, b) => a.angle - b.angle)
      .map((n) => n.kind);
    expect(around).toEqual(["Service", "Service", "Body", "Partner", "Partner", "Project"]);
  });

  it("sets the marks of findings and the what-if as classes", () => {
    const { session } = start();
    session.syncGraph(smallGraph);
    session.setMarks(canvasMarks({
      emphasis: { source: "query", nodes: ["cns"], edges: ["e4"] },
      whatIf: { nodes: ["sgrs"], edges: [] },
      whatIfImpact: { removedNodes: [], removedEdges: [], cutOff: ["p1"], newArticulationPoints: ["vsse"] },
    }));
    const classesOf = (id: string) => session.cy.getElementById(id).classes();
    expect(classesOf("cns")).toContain("finding");
    expect(classesOf("e4")).toContain("finding");
    expect(classesOf("nato")).toContain("dimmed");
    expect(classesOf("sgrs")).toContain("removed");
    expect(classesOf("p1")).toContain("cut-off");
    expect(classesOf("vsse")).toContain("new-spof");
    session.setMarks(canvasMarks({ emphasis: null, whatIf: null, whatIfImpact: null }));
    expect(classesOf("nato")).not.toContain("dimmed");
  });

  it("follows the selection and updates names when the language changes, without moving anything", () => {
    const { session } = start();
    session.syncGraph(smallGraph);
    session.setSelection("nato");
    expect(session.cy.getElementById("nato").selected()).toBe(true);
    const before = positionOf(session, "nato");
    session.syncGraph({ ...smallGraph, nodes: smallGraph.nodes.map((n) => (n.data.id === "nato" ? node("nato", "Partner", { name: "OTAN", scope: "international" }) : n)) });
    expect(session.cy.getElementById("nato").data("name")).toBe("OTAN");
    expect(positionOf(session, "nato")).toEqual(before);
  });

  it("removes elements that left the graph", () => {
    const { session } = start();
    session.syncGraph(smallGraph);
    session.syncGraph({ nodes: smallGraph.nodes.filter((n) => n.data.id !== "p1"), edges: smallGraph.edges.filter((e) => e.data.id !== "e6") });
    expect(session.cy.getElementById("p1").empty()).toBe(true);
    expect(session.cy.edges()).toHaveLength(5);
  });

  it("reports an empty graph as laid out", () => {
    const { session, events } = start();
    session.syncGraph({ nodes: [], edges: [] });
    expect(events.statuses.at(-1)).toBe("done");
  });
});
