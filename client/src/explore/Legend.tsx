import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { countEdgesByType, countNodesByKind } from "../graph/countElements";
import { useGraphStore } from "../graph/graphStore";
import { currentLanguage } from "../i18n/i18n";
import type { RelationshipType } from "../graph/graphModelSchema";
import { useViewStore } from "../view/viewStore";
import { ShapeSwatch } from "./ShapeSwatch";

/**
 * What the shapes, colours and line styles mean, with how many of each the canvas holds.
 * Each entry is a toggle: pressed means shown; clicking hides or shows that kind or type.
 */
export function Legend() {
  const { t } = useTranslation("explore");
  const model = useGraphStore((state) => state.model);
  const elements = useGraphStore((state) => state.elements);
  const hiddenKinds = useViewStore((state) => state.hiddenKinds);
  const hiddenTypes = useViewStore((state) => state.hiddenTypes);
  const toggleIn = useViewStore((state) => state.toggleIn);
  const nodeCounts = useMemo(() => countNodesByKind(elements), [elements]);
  const edgeCounts = useMemo(() => countEdgesByType(elements), [elements]);
  const language = currentLanguage();
  if (!model) return null;

  return (
    <section className="legend" data-testid="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="legend__title">
        {t("legend.label")}
      </h2>
      <p className="legend__hint">{t("legend.hint")}</p>
      <h3 className="legend__heading">{t("legend.kinds")}</h3>
      <ul className="legend__list">
        {model.kinds.map((kind) => {
          const count = nodeCounts.get(kind.id) ?? 0;
          const shown = !hiddenKinds.includes(kind.id);
          return (
            <li key={kind.id} className="legend__item" data-kind={kind.id}>
              <button
                type="button"
                className="button button--bare legend__toggle"
                aria-pressed={shown}
                aria-label={`${kind.names[language]}, ${t("legend.count", { count })}`}
                onClick={() => toggleIn("hiddenKinds", kind.id)}
              >
                <span className="legend__sample">
                  <ShapeSwatch shape={kind.shape} color={kind.color} />
                </span>
                <span className="legend__name">{kind.names[language]}</span>
                <span className="legend__count" aria-hidden="true">
                  {count}
                </span>
              </button>
            </li>
          );
        })}
      </ul>

      <h3 className="legend__heading">{t("legend.types")}</h3>
      <ul className="legend__list">
        {model.relationshipTypes.map((relationshipType) => {
          const count = edgeCounts.get(relationshipType.id) ?? 0;
          const shown = !hiddenTypes.includes(relationshipType.id);
          return (
            <li key={relationshipType.id} className="legend__item" data-relationship-type={relationshipType.id}>
              <button
                type="button"
                className="button button--bare legend__toggle"
                aria-pressed={shown}
                aria-label={`${relationshipType.names[language]}, ${t("legend.count", { count })}`}
                onClick={() => toggleIn("hiddenTypes", relationshipType.id)}
              >
                <span className="legend__sample">
                  <LineSample relationshipType={relationshipType} />
                </span>
                <span className="legend__name">{relationshipType.names[language]}</span>
                <span className="legend__count" aria-hidden="true">
                  {count}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
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
