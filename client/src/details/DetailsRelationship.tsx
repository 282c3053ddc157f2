import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { otherProperties, provenanceOf } from "./describeElement";
import { useEntityNames } from "../graph/entityNames";
import { useModelNames } from "../graph/modelNames";
import { specsFor, useModelProperties } from "./propertySpecs";
import type { GraphEdge } from "../../../contract/elements.ts";
import { useGraphStore } from "../graph/graphStore";
import { useViewStore } from "../view/viewStore";
import { PropertiesSection, ProvenanceSection } from "./DetailsSections";

/** One relationship: its type, its two ends (each selectable), its properties and provenance. */
export function DetailsRelationship({ edge }: { edge: GraphEdge }) {
  const { t } = useTranslation("panels");
  const { language, type, typeName } = useModelNames();
  const { model, settled } = useModelProperties();
  const { data } = edge;
  const properties = useMemo(
    () => otherProperties(data, model ? specsFor(model, { type: data.type }) : new Map(), language),
    [data, model, language],
  );
  const colour = type(data.type)?.color;

  return (
    <article className="details-relationship" data-relationship={data.id}>
      <header className="details-heading">
        <p className="details-heading__kind">
          {colour && <span className="details-swatch details-swatch--line" style={{ background: colour }} aria-hidden="true" />}
          {t("details.relationship")}
        </p>
        <h3 className="details-heading__name">{typeName(data.type) ?? data.type}</h3>
        <p className="details-heading__id"><code>{data.id}</code></p>
      </header>
      <section className="details-section" aria-labelledby="details-ends">
        <h3 id="details-ends" className="side-panel__subheading">{t("details.ends")}</h3>
        <dl className="details-list">
          <End label={t("details.from")} id={data.source} />
          <End label={t("details.to")} id={data.target} />
        </dl>
      </section>
      {settled && <PropertiesSection properties={properties} />}
      <ProvenanceSection provenance={provenanceOf(data)} />
    </article>
  );
}

function End({ label, id }: { label: string; id: string }) {
  const names = useEntityNames();
  const { kindName } = useModelNames();
  const select = useViewStore((state) => state.select);
  const kind = useGraphStore((state) => state.elements.nodes.find((n) => n.data.id === id)?.data.kind);
  return (
    <div className="details-list__row">
      <dt>{label}</dt>
      <dd>
        <button type="button" className="button button--link" onClick={() => select(id, { focus: true })}>{names.nameOf(id)}</button>
        {kind && <span className="details-muted"> · {kindName(kind) ?? kind}</span>}
      </dd>
    </div>
  );
}
