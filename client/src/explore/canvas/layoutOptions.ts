import type { CollectionReturnValue, LayoutOptions, NodeSingular, Position } from "cytoscape";
import type { FcoseLayoutOptions } from "cytoscape-fcose";
import { concentricLevel } from "../concentricLevels";
import type { LayoutName } from "../../view/viewState";

export interface LayoutContext {
  /** Ring per kind for the concentric layout (see concentricLevels). */
  levels: Map<string, number>;
  /** Nodes that must not move (pinned ones), with where they are. */
  fixed: Array<{ nodeId: string; position: Position }>;
  /** A large view: faster, rougher settings. */
  large: boolean;
  /** Only the quick first pass of fcose (spectral): for large views laid out on the main thread. */
  quick?: boolean;
  /** How many nodes are laid out (the circle's radius depends on it). */
  nodeCount?: number;
}

/** Kinds in the model's order (the services first), then as given. */
export function compareByKind(levels: Map<string, number>) {
  return (a: NodeSingular, b: NodeSingular) => concentricLevel(levels, b.data("kind")) - concentricLevel(levels, a.data("kind"));
}

/**
 * The elements in the order a layout places them: grouped by kind for the circle and the
 * grid, which place nodes in collection order.
 */
export function inLayoutOrder(name: LayoutName, eles: CollectionReturnValue, levels: Map<string, number>): CollectionReturnValue {
  if (name !== "circle" && name !== "grid") return eles;
  return eles.nodes().sort(compareByKind(levels)).union(eles.edges());
}



/**
 * Options for each of the toolbar's layouts over the whole visible graph. All lay out at
 * once, without animation (an animated settle looks busy and keeps tests waiting); the
 * canvas fits the result itself, after adjusting it. Pinned nodes are locked, which the
 * built-in layouts respect; fcose is told through its fixed-node constraint as well.
 */
export function layoutOptions(name: LayoutName, { levels, fixed, large, quick = false, nodeCount }: LayoutContext): LayoutOptions {
  switch (name) {
    case "fcose":
      return fcoseOptions({ fixed, large, randomize: true, quick });
    case "concentric":
      return {
        name: "concentric",
        animate: false,
        fit: false,
        concentric: (node: NodeSingular) => concentricLevel(levels, node.data("kind")),
        // One ring per level, i.e. per kind.
        levelWidth: () => 1,
        // Rings sized by the nodes, not their labels: labels would push the outer rings far apart.
        minNodeSpacing: large ? 8 : 60,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: false,
        startAngle: (3 / 2) * Math.PI,
      };
    case "dagre":
      return {
        name: "dagre",
        animate: false,
        fit: false,
        // Left to right, labels beside their nodes (the canvas sets that up): ranks stay short.
        rankDir: "LR",
        nodeSep: large ? 4 : 6,
        rankSep: large ? 60 : 50,
        nodeDimensionsIncludeLabels: !large,
      } as LayoutOptions;
    case "circle":
      // Kinds side by side around the circle: the nodes must come in that order (see
      // inLayoutOrder; Cytoscape 3.35's circle places nodes in collection order, whatever `sort` says).
      return {
        name: "circle",
        animate: false,
        fit: false,
        // About 90 px of circumference per node leaves room for its label; labels counted
        // in node sizes would blow the circle up several times over.
        radius: Math.max(120, ((nodeCount ?? 0) * (large ? 24 : 90)) / (2 * Math.PI)),
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: false,
        startAngle: (3 / 2) * Math.PI,
      };
    case "grid":
      return {
        name: "grid",
        animate: false,
        fit: false,
        avoidOverlap: true,
        avoidOverlapPadding: large ? 4 : 16,
        nodeDimensionsIncludeLabels: !large,
        sort: compareByKind(levels),
      };
  }
}

/**
 * fcose, tuned on the seed (about 40 labelled nodes) for no overlapping labels. With
 * `randomize: false` it refines the current positions: that is how nodes joining the
 * canvas settle around the fixed ones without the rest of the drawing moving.
 */
export function fcoseOptions({
  fixed,
  large,
  randomize,
  quick = false,
}: {
  fixed: LayoutContext["fixed"];
  large: boolean;
  randomize: boolean;
  quick?: boolean;
}): FcoseLayoutOptions {
  return {
    name: "fcose",
    // The spectral first pass alone when asked: the force-directed polish costs seconds on large views.
    quality: quick && randomize ? "draft" : "default",
    randomize,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: !large,
    uniformNodeDimensions: large,
    // Longer than the default 50 so that arrows stay visible between labelled nodes.
    idealEdgeLength: () => (large ? 40 : 70),
    // Above the default 4500 so that the hubs' many neighbours fan out.
    nodeRepulsion: () => (large ? 4500 : 8000),
    nodeSeparation: large ? 40 : 75,
    gravity: 0.25,
    numIter: large ? 1000 : 2500,
    // Isolated entities are packed in rows beside the rest instead of scattered.
    tile: true,
    fixedNodeConstraint: fixed.length ? fixed : undefined,
  };
}
