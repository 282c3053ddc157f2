import cytoscape from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { coseLayout } from "../core/graph/coseLayout";
import { exposeToEndToEndTests } from "../core/graph/exposeToEndToEndTests";
import type { GraphElements } from "../core/graph/graphElementsSchema";
import { buildStylesheet } from "../core/graph/stylesheet";
import type { GraphModel } from "../core/model/graphModelSchema";

export interface GraphCanvasProps {
  model: GraphModel;
  graph: GraphElements;
}

type LayoutStatus = "running" | "done";

export function GraphCanvas({ model, graph }: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>("running");

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    setLayoutStatus("running");

    const cy = cytoscape({
      container,
      // Copies: Cytoscape keeps and mutates the data objects it is given.
      elements: {
        nodes: graph.nodes.map((node) => ({ data: { ...node.data } })),
        edges: graph.edges.map((edge) => ({ data: { ...edge.data } })),
      },
      style: buildStylesheet(model),
      // Nodes arrive without positions, all at (0, 0), where Cytoscape cannot place
      // edge endpoints and warns; a cheap grid spreads them before cose runs.
      layout: { name: "grid" },
      minZoom: 0.05,
      maxZoom: 5,
    });
    const withdraw = exposeToEndToEndTests(cy);

    const layout = cy.layout(coseLayout({ width: cy.width(), height: cy.height() }));
    layout.one("layoutstop", () => setLayoutStatus("done"));
    layout.run();

    return () => {
      layout.stop();
      withdraw();
      cy.destroy();
    };
  }, [model, graph]);

  return (
    <div className="graph-canvas">
      <div
        ref={containerRef}
        className="graph-canvas__surface"
        data-testid="graph-canvas"
        data-layout={layoutStatus}
      />
      {graph.nodes.length === 0 && <p className="graph-canvas__empty">The graph holds no entities yet.</p>}
    </div>
  );
}
