import type { NodeShape } from "./graphModelSchema";

/**
 * The outline of a Cytoscape node shape in the square [-1, 1]² (y pointing down), for
 * drawing the same shape outside the canvas (the legend). Polygon points follow
 * Cytoscape's own (src/extensions/renderer/base/node-shapes.mjs); shapes with curved
 * sides become a rounded rectangle, and rounded polygons keep sharp corners.
 */
export type ShapeOutline =
  | { type: "ellipse" }
  | { type: "rectangle"; cornerRadius: number }
  | { type: "polygon"; points: number[] };

const square: ShapeOutline = { type: "rectangle", cornerRadius: 0 };
const roundedSquare: ShapeOutline = { type: "rectangle", cornerRadius: 0.5 };

const polygon = (points: number[]): ShapeOutline => ({ type: "polygon", points });

const diamondPoints = [0, 1, 1, 0, 0, -1, -1, 0];
const tagPoints = [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1];

const outlines: Record<NodeShape, ShapeOutline> = {
  ellipse: { type: "ellipse" },
  rectangle: square,
  roundrectangle: roundedSquare,
  "round-rectangle": roundedSquare,
  "bottom-round-rectangle": roundedSquare,
  barrel: roundedSquare,
  "cut-rectangle": polygon([-1, -0.6, -0.6, -1, 0.6, -1, 1, -0.6, 1, 0.6, 0.6, 1, -0.6, 1, -1, 0.6]),
  triangle: polygon(regularPolygonInSquare(3)),
  "round-triangle": polygon(regularPolygonInSquare(3)),
  pentagon: polygon(regularPolygonInSquare(5)),
  "round-pentagon": polygon(regularPolygonInSquare(5)),
  hexagon: polygon(regularPolygonInSquare(6)),
  "round-hexagon": polygon(regularPolygonInSquare(6)),
  heptagon: polygon(regularPolygonInSquare(7)),
  "round-heptagon": polygon(regularPolygonInSquare(7)),
  octagon: polygon(regularPolygonInSquare(8)),
  "round-octagon": polygon(regularPolygonInSquare(8)),
  diamond: polygon(diamondPoints),
  "round-diamond": polygon(diamondPoints),
  tag: polygon(tagPoints),
  "round-tag": polygon(tagPoints),
  star: polygon(starInSquare()),
  vee: polygon([-1, -1, 0, -0.333, 1, -1, 0, 1]),
  rhomboid: polygon([-1, -1, 0.333, -1, 1, 1, -0.333, 1]),
  "concave-hexagon": polygon([-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95]),
};

export function shapeOutline(shape: NodeShape): ShapeOutline {
  return outlines[shape];
}

/** Cytoscape's regular n-gon: a flat top when n is even, a vertex on top when odd. */
function regularPolygon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i) => [Math.cos(start + i * step), Math.sin(-(start + i * step))]).flat();
}

function regularPolygonInSquare(sides: number): number[] {
  return stretchToSquare(regularPolygon(sides));
}

function starInSquare(): number[] {
  const outer = regularPolygon(5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const inner = regularPolygon(5, Math.PI / 5).map((coordinate) => coordinate * innerRadius);
  const points: number[] = [];
  for (let i = 0; i < 5; i++) points.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return stretchToSquare(points);
}

/** Scales the polygon to span [-1, 1] on both axes, then moves it down if it pokes out the top. */
function stretchToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = points.map((value, i) => value * (i % 2 === 0 ? sx : sy));
  const top = Math.min(...scaled.filter((_, i) => i % 2 === 1));
  return top < -1 ? scaled.map((value, i) => (i % 2 === 1 ? value + (-1 - top) : value)) : scaled;
}
