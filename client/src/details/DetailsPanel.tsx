import { useTranslation } from "react-i18next";
import { useGraphStore } from "../graph/graphStore";
import { useViewStore } from "../view/viewStore";
import { DetailsNode } from "./DetailsNode";
import { DetailsRelationship } from "./DetailsRelationship";

/** The selected entity or relationship in full; a hint when nothing is selected. */
export function DetailsPanel() {
  const { t } = useTranslation("panels");
  const selection = useViewStore((state) => state.selection);
  const edge = useGraphStore((state) => (selection ? state.elements.edges.find((e) => e.data.id === selection) : undefined));

  return (
    <section className="side-panel details-panel" aria-labelledby="details-panel-heading">
      <h2 id="details-panel-heading" className="side-panel__heading">{t("details.heading")}</h2>
      {selection === null && <p className="side-panel__hint">{t("details.hint")}</p>}
      {selection !== null && edge && <DetailsRelationship edge={edge} />}
      {selection !== null && !edge && <DetailsNode key={selection} id={selection} />}
    </section>
  );
}
