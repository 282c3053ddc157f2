import { shapeOutline } from "../graph/shapeOutline";
import type { NodeShape } from "../graph/graphModelSchema";

export interface ShapeSwatchProps {
  shape: NodeShape;
  color: string;
  size?: number;
}

/** A node's shape and colour as the canvas draws it, at legend size. */
export function ShapeSwatch({ shape, color, size = 16 }: ShapeSwatchProps) {
  const outline = shapeOutline(shape);
  const paint = { fill: color, stroke: "#1f2933", strokeOpacity: 0.45, strokeWidth: 0.12 };
  return (
    <svg className="shape-swatch" width={size} height={size} viewBox="-1.1 -1.1 2.2 2.2" aria-hidden="true">
      {outline.type === "ellipse" && <circle r="1" {...paint} />}
      {outline.type === "rectangle" && (
        <rect x="-1" y="-1" width="2" height="2" rx={outline.cornerRadius} {...paint} />
      )}
      {outline.type === "polygon" && <polygon points={outline.points.join(" ")} {...paint} />}
    </svg>
  );
}
