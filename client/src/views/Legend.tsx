import { useMemo } from "react";
import { countEdgesByType, countNodesByKind } from "../core/graph/countElements";
import type { GraphElements } from "../core/graph/graphElementsSchema";
import type { GraphModel, Language, RelationshipType } from "../core/model/graphModelSchema";
import { ShapeSwatch } from "./ShapeSwatch";

export interface LegendProps {
  model: GraphModel;
  graph: GraphElements;
  language: Language;
}

export function Legend({ model, graph, language }: LegendProps) {
  const nodeCounts = useMemo(() => countNodesByKind(graph), [graph]);
  const edgeCounts = useMemo(() => countEdgesByType(graph), [graph]);

  return (
    <aside className="legend" data-testid="legend" aria-label="Legend">
      <h2 className="legend__heading">Entities</h2>
      <ul className="legend__list">
        {model.kinds.map((kind) => (
          <li key={kind.id} className="legend__item" data-kind={kind.id}>
            <span className="legend__sample">
              <ShapeSwatch shape={kind.shape} color={kind.color} />
            </span>
            <span className="legend__name">
              {kind.names[language]}
              <span className="legend__detail">{kind.shape}</span>
            </span>
            <span className="legend__count">{nodeCounts.get(kind.id) ?? 0}</span>
          </li>
        ))}
      </ul>

      <h2 className="legend__heading">Relationships</h2>
      <ul className="legend__list">
        {model.relationshipTypes.map((relationshipType) => (
          <li key={relationshipType.id} className="legend__item" data-relationship-type={relationshipType.id}>
            <span className="legend__sample">
              <LineSample relationshipType={relationshipType} />
            </span>
            <span className="legend__name">
              {relationshipType.names[language]}
              <span className="legend__detail">{relationshipType.lineStyle}</span>
            </span>
            <span className="legend__count">{edgeCounts.get(relationshipType.id) ?? 0}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

const dashArrays: Record<RelationshipType["lineStyle"], string | undefined> = {
  solid: undefined,
  dashed: "5 3",
  dotted: "0.1 3.5",
};

/** A short arrow drawn the way the canvas draws edges of this type. */
function LineSample({ relationshipType }: { relationshipType: RelationshipType }) {
  const { color, lineStyle } = relationshipType;
  return (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2="21"
        y2="6"
        stroke={color}
        strokeWidth="2"
        strokeLinecap={lineStyle === "dotted" ? "round" : "butt"}
        strokeDasharray={dashArrays[lineStyle]}
      />
      <path d="M21 2 L27 6 L21 10 Z" fill={color} />
    </svg>
  );
}
