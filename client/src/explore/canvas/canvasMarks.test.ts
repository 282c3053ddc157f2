// @vitest-environment node
import { describe, expect, it } from "vitest";
import { canvasMarks, markClassesOf } from "./canvasMarks";

describe("canvas marks", () => {
  it("marks findings and dims the rest", () => {
    const marks = canvasMarks({ emphasis: { source: "query", nodes: ["a"], edges: ["e"] }, whatIf: null, whatIfImpact: null });
    expect(markClassesOf("a", marks)).toEqual(["finding"]);
    expect(markClassesOf("e", marks)).toEqual(["finding"]);
    expect(markClassesOf("b", marks)).toEqual(["dimmed"]);
  });

  it("dims nothing when nothing stands out", () => {
    const marks = canvasMarks({ emphasis: { source: "query", nodes: [], edges: [] }, whatIf: null, whatIfImpact: null });
    expect(markClassesOf("b", marks)).toEqual([]);
  });

  it("marks what the what-if removes, cuts off and turns into a single point of failure, never dimmed", () => {
    const marks = canvasMarks({
      emphasis: { source: "whatIf", nodes: ["x"], edges: [] },
      whatIf: { nodes: ["r"], edges: ["re"] },
      whatIfImpact: { removedNodes: ["r2"], removedEdges: [], cutOff: ["c"], newArticulationPoints: ["s"] },
    });
    expect(markClassesOf("r", marks)).toEqual(["removed"]);
    expect(markClassesOf("re", marks)).toEqual(["removed"]);
    expect(markClassesOf("r2", marks)).toEqual(["removed"]);
    expect(markClassesOf("c", marks)).toEqual(["cut-off"]);
    expect(markClassesOf("s", marks)).toEqual(["new-spof"]);
    expect(markClassesOf("other", marks)).toEqual(["dimmed"]);
  });
});
